package dev.docpoet.parse.internal;

import dev.docpoet.parse.internal.attributes.AttributeHeadingReader;
import dev.docpoet.parse.internal.docusaurus.DocusaurusReader;
import dev.docpoet.parse.internal.gitbook.GitBookReader;
import dev.docpoet.parse.internal.infer.Inference;
import dev.docpoet.parse.internal.lint.ExampleLinter;
import dev.docpoet.parse.internal.mintlify.MintlifyReader;
import dev.docpoet.parse.internal.readme.ReadMeReader;
import dev.docpoet.parse.internal.redocly.RedoclyReader;
import dev.docpoet.parse.internal.tables.GfmTableReader;
import dev.docpoet.spec.Component;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.Dialect;
import dev.docpoet.spec.Endpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads one page's text: detects its dialect, runs its reader, then inference and lint, and freezes the drafts. */
public final class PageReader {
    private static final Pattern MDX_COMPONENT = Pattern.compile("<(?:ParamField|ResponseField|ResponseExample|RequestExample)\\b");

    private PageReader() {}

    public static ApiDocument read(SourceText src, DiagnosticSink sink) {
        return read(src, sink, Includes.NONE);
    }

    /** Reads a page that may pull in other files of its docs folder ({@code <Snippet file="…"/>}, imported JSON). */
    public static ApiDocument read(SourceText src, DiagnosticSink sink, Includes includes) {
        FrontMatter fm = FrontMatter.read(src, sink);
        Dialect dialect = detect(src, fm);
        // a generated docusaurus page carries the operation itself, as OpenAPI: the spec reader reads it, exactly
        if (dialect == Dialect.DOCUSAURUS_OPENAPI) return new DocusaurusReader(src, sink, includes).read(fm);
        PageDraft page = switch (dialect) {
            case REDOCLY_MARKDOWN -> new RedoclyReader(src, sink).read(fm);
            case MINTLIFY_MDX -> new MintlifyReader(src, sink, includes).read(fm);
            case GITBOOK_MARKDOWN -> new GitBookReader(src, sink).read(fm);
            case README_MARKDOWN -> new ReadMeReader(src, sink, includes).read(fm);
            case ATTRIBUTE_HEADINGS -> new AttributeHeadingReader(src, sink).read(fm);
            case GFM_TABLES -> new GfmTableReader(src, sink).read(fm);
            case PLAIN_MARKDOWN, OPENAPI, DOCUSAURUS_OPENAPI -> new PageDraft();
        };
        if (page.endpoints.isEmpty() && !page.entities.isEmpty()) {
            // an entity page documents types, not endpoints: its entities are components the method pages use
        } else if (page.endpoints.isEmpty() && dialect == Dialect.PLAIN_MARKDOWN) {
            sink.report(ParserCode.SpecNoEndpoint, src.location(fm.bodyStart()), "page declares no endpoint: it is in none of the"
                    + " formats docpoet reads", "docpoet reads Mintlify (`api: 'METHOD /path'`), Redocly (`Endpoint: METHOD /path`),"
                    + " GitBook ({% swagger %} blocks), ReadMe ([block:api-header] or a `GET /x` line), docusaurus-openapi-docs pages,"
                    + " GFM tables under a request line (`GET /path`) and attribute headings (### `name` with **Type:**)");
        } else if (page.endpoints.isEmpty() && dialect != Dialect.MINTLIFY_MDX) {
            sink.report(ParserCode.SpecNoEndpoint, src.location(fm.bodyStart()), "page declares no endpoint",
                    "a Redocly page needs `Endpoint: METHOD /path`; a Mintlify page needs `api: 'METHOD /path'` in its front matter;"
                            + " a GitBook page a {% swagger method=\"get\" path=\"/x\" %} block; a ReadMe page an API header block"
                            + " ([block:api-header] {\"type\": \"get\", \"title\": \"/x\"}) or a `GET /x` line;"
                            + " a page of GFM tables needs a request line such as `GET /path`");
        } else if (page.endpoints.isEmpty() && !hasNoEndpointNote(sink)) {
            sink.report(ParserCode.SpecNoEndpoint, src.location(fm.bodyStart()), "page declares no endpoint",
                    "add `api: 'METHOD /path'` to the front matter if this page documents an HTTP endpoint");
        }
        Inference inference = new Inference(src, sink, dialect);
        ExampleLinter linter = new ExampleLinter(src, sink);
        List<Endpoint> endpoints = new ArrayList<>();
        for (EndpointDraft ep : page.endpoints) {
            inference.complete(ep);
            if (ep.request != null) linter.check(ep.request);
            ep.responses.values().forEach(linter::check);
            endpoints.add(DraftFreezer.endpoint(ep));
        }
        java.util.Map<String, Component> components = new java.util.TreeMap<>();
        for (PageDraft.EntityDraft entity : page.entities) {
            if (entity.body().example != null) linter.check(entity.body());
            String key = Component.key(src.name(), entity.name(), false);
            if (components.containsKey(key)) continue;
            components.put(key, new Component(key, entity.name(), false, DraftFreezer.entity(entity.body()), entity.description(),
                    entity.body().location));
        }
        if (components.isEmpty()) return new ApiDocument(src.name(), dialect, page.title, endpoints, sink.all());
        return new ApiDocument(src.name(), dialect, page.title, endpoints, sink.all(), List.of(), java.util.Map.of(), components);
    }

    private static boolean hasNoEndpointNote(DiagnosticSink sink) {
        return sink.all().stream().anyMatch(d -> d.code() == ParserCode.SpecNoEndpoint
                || d.code() == ParserCode.SpecBadEndpointLine || d.code() == ParserCode.SpecSpecReference);
    }

    /** Mintlify's endpoint line in the front matter, {@code api: 'GET /x'} (or with a spec's name before it). */
    private static final java.util.regex.Pattern MINTLIFY_API = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:\\S+\\s+)?(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|TRACE)\\s+\\S.*");

    /**
     * The dialect a page is written in, from its content only: Redocly first, then the generated and block formats
     * (a docusaurus page's {@code api:} is an encoded operation, not Mintlify's endpoint line), then Mintlify.
     */
    public static Dialect detect(SourceText src, FrontMatter fm) {
        String text = src.text();
        if (RedoclyReader.looksLike(text)) return Dialect.REDOCLY_MARKDOWN;
        if (DocusaurusReader.looksLike(text, fm)) return Dialect.DOCUSAURUS_OPENAPI;
        // Mintlify's own front matter wins over a block marker that a sample of another format shows
        if (MINTLIFY_API.matcher(String.valueOf(fm.get("api"))).matches() || fm.get("openapi") != null) return Dialect.MINTLIFY_MDX;
        if (GitBookReader.looksLike(text)) return Dialect.GITBOOK_MARKDOWN;
        if (ReadMeReader.looksLike(src, fm)) return Dialect.README_MARKDOWN;
        if (fm.get("api") != null || fm.get("openapi") != null || MDX_COMPONENT.matcher(text).find()) return Dialect.MINTLIFY_MDX;
        if (AttributeHeadingReader.looksLike(text)) return Dialect.ATTRIBUTE_HEADINGS;
        if (GfmTableReader.looksLike(text, fm)) return Dialect.GFM_TABLES;
        return Dialect.PLAIN_MARKDOWN;
    }

}
