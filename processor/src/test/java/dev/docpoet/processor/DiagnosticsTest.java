package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every processor diagnostic: its text, the file it is reported in and the line. */
class DiagnosticsTest {

    @Test
    void missingDocIsAnErrorOnTheAnnotationValueNamingThePlacesTried() {
        JavaFileObject api = Compiler.api("@ApiDocs({\"shop\", \"nope/missing.md\"})", "");
        Compilation c = Compiler.compile(api);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("no doc page at \"nope/missing.md\"; looked in: " + Compiler.DOCS.resolve("nope/missing.md")
                + " (-Adocpoet.docsDir); nope/missing.md on the source path; nope/missing.md on the class path")
                .inFile(api).onLineContaining("@ApiDocs");
        assertThat(c).hadErrorContaining("[ApiDocsNotFound]").inFile(api).onLineContaining("nope/missing.md");
    }

    @Test
    void withoutTheOptionTheErrorSaysHowToSetIt() {
        JavaFileObject api = Compiler.api("@ApiDocs(\"shop\")", "");
        Compilation c = Compiler.compileWithout(api);
        assertThat(c).hadErrorContaining("-Adocpoet.docsDir (not set)").inFile(api).onLineContaining("@ApiDocs");
        assertThat(c).hadErrorContaining("Set -Adocpoet.docsDir=<folder of your docs>");
    }

    @Test
    void docErrorFailsTheCompileWithFileLineColumn() {
        JavaFileObject api = Compiler.api("@ApiDocs(\"bad/unclosed.mdx\")", "");
        Compilation c = Compiler.compile(api);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("bad/unclosed.mdx:5:1: <ResponseField> is never closed; add </ResponseField> where it ends")
                .inFile(api).onLineContaining("@ApiDocs");
        assertThat(c).hadErrorContaining("[SpecUnclosedTag]");
    }

    @Test
    void docWarningsAreJavacWarnings() {
        JavaFileObject api = Compiler.api("@ApiDocs(\"bad/warn.mdx\")", "");
        Compilation c = Compiler.compileLenient(api);
        assertThat(c).succeeded();
        assertThat(c).hadWarningContaining("bad/warn.mdx:8:2: example has `b` but no field documents it").inFile(api)
                .onLineContaining("@ApiDocs");
        assertThat(c).hadWarningContaining("bad/warn.mdx:8:1: example lacks `a`, documented as required at line 4; add it to the example, or document it as optional [LintExampleMissingRequired]");
    }

    @Test
    void warningsAreSuppressedByCategoryOrAltogether() {
        Compilation one = Compiler.compile(Compiler.api("@ApiDocs(\"bad/warn.mdx\")",
                "@SuppressWarnings({\"docpoet:LintExampleUndocumentedKey\", \"docpoet:LintExampleMissingRequired\"})\n"));
        assertThat(one).succeededWithoutWarnings();
        Compilation all = Compiler.compile(Compiler.api("@ApiDocs(\"bad/warn.mdx\")", "@SuppressWarnings(\"docpoet\")\n"));
        assertThat(all).succeededWithoutWarnings();
        Compilation partly = Compiler.compileLenient(Compiler.api("@ApiDocs(\"bad/warn.mdx\")",
                "@SuppressWarnings(\"docpoet:LintExampleUndocumentedKey\")\n"));
        assertThat(partly).hadWarningCount(1);
        assertThat(partly).hadWarningContaining("[LintExampleMissingRequired]");
    }

    @Test
    void apiDocsOnAClassIsAnError() {
        JavaFileObject src = com.google.testing.compile.JavaFileObjects.forSourceString("test.Api",
                "package test;\nimport dev.docpoet.ApiDocs;\n@ApiDocs(\"shop\")\npublic class Api {}\n");
        assertThat(Compiler.compile(src)).hadErrorContaining("@ApiDocs belongs on an interface, not on a class [ApiDocsTarget]")
                .inFile(src).onLineContaining("@ApiDocs");
    }

    @Test
    void emptyApiDocsIsAnError() {
        JavaFileObject api = Compiler.api("@ApiDocs({})", "");
        assertThat(Compiler.compile(api)).hadErrorContaining("@ApiDocs names no doc; give it doc files or folders [ApiDocsEmpty]")
                .inFile(api).onLineContaining("@ApiDocs");
    }

    @Test
    void anInferenceThatChoosesATypeIsAWarningSayingHowToPinOrSilenceIt() {
        JavaFileObject api = Compiler.api("@ApiDocs(\"shop/get-order.mdx\")", "");
        Compilation c = Compiler.compileLenient(api);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(2);
        assertThat(c).hadWarningContaining("shop/get-order.mdx:30:1: `placedAt` is typed date-time (OffsetDateTime): its description says"
                + " \"ISO timestamp\"; pin it with type=\"date-time | null\", or silence it with @SuppressWarnings(\"docpoet:InferDateTime\")"
                + " [InferDateTime]").inFile(api).onLineContaining("@ApiDocs");
        assertThat(c).hadWarningContaining("shop/get-order.mdx:13:1: open enum (known values, others allowed) for `class` read from its"
                + " description: standard, express; silence it with @SuppressWarnings(\"docpoet:InferEnumFromProse\") [InferEnumFromProse]")
                .inFile(api).onLineContaining("@ApiDocs");
        assertThat(Compiler.compile(Compiler.api("@ApiDocs(\"shop/get-order.mdx\")", Compiler.SHOP_INFERENCES))).succeededWithoutWarnings();
        assertThat(Compiler.compile(Compiler.api("@ApiDocs(\"shop/get-order.mdx\")", "@SuppressWarnings(\"docpoet\")\n")))
                .succeededWithoutWarnings();
    }

    @Test
    void docsThatYieldNothingAreAWarningOnTheValueThatNamedThem() {
        JavaFileObject folder = Compiler.api("@ApiDocs(\"foreign\")", "");
        Compilation c = Compiler.compileLenient(folder);
        assertThat(c).succeeded();
        assertThat(c).hadWarningCount(1);
        assertThat(c).hadWarningContaining("foreign:1:1: nothing is generated from this folder: its one doc page declares no endpoint;"
                + " foreign/send-message.mdx:8:1 has POST /v1/messages only in a ```http code block, which docpoet reads as an example;"
                + " add `api: 'POST /v1/messages'` to that page's front matter [SpecYieldsNothing]").inFile(folder).onLineContaining("@ApiDocs");
        JavaFileObject page = Compiler.api("@ApiDocs({\"shop\",\n        \"foreign/send-message.mdx\"})", Compiler.SHOP_INFERENCES);
        Compilation p = Compiler.compileLenient(page);
        assertThat(p).hadWarningCount(1);
        assertThat(p).hadWarningContaining("foreign/send-message.mdx:8:1: nothing is generated from this page: its endpoint,"
                + " POST /v1/messages, is only in a ```http code block, which docpoet reads as an example, not as the endpoint the page"
                + " documents; add `api: 'POST /v1/messages'` to its front matter [SpecYieldsNothing]")
                .inFile(page).onLineContaining("foreign/send-message.mdx");
        assertThat(Compiler.compile(Compiler.api("@ApiDocs(\"foreign\")", "@SuppressWarnings(\"docpoet:SpecYieldsNothing\")\n")))
                .succeededWithoutWarnings();
    }

    @Test
    void infosPrintOnlyWhenVerbose() {
        JavaFileObject api = Compiler.api("@ApiDocs(\"shop/get-order.mdx\")", Compiler.SHOP_INFERENCES);
        Compilation quiet = Compiler.compile(api);
        assertThat(quiet).succeededWithoutWarnings();
        Compilation verbose = com.google.testing.compile.Compiler.javac().withProcessors(new ApiDocsProcessor())
                .withOptions("-Adocpoet.docsDir=" + Compiler.DOCS, "-Adocpoet.verbose=true").compile(api);
        assertThat(verbose).hadNoteContaining("shop/get-order.mdx:13:1: `class` is `classValue` in Java [GenJavaName]")
                .inFile(api).onLineContaining("@ApiDocs");
    }

    @Test
    void twoInterfacesGeneratingTheSameTypesAreAnErrorNotACrash() {
        JavaFileObject a = Compiler.api("@ApiDocs(\"shop/get-order.mdx\")", "");
        JavaFileObject b = com.google.testing.compile.JavaFileObjects.forSourceString("test.Other",
                "package test;\nimport dev.docpoet.ApiDocs;\n@ApiDocs(\"shop/get-order.mdx\")\npublic interface Other {}\n");
        Compilation c = Compiler.compile(a, b);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("test.Order is already generated by @ApiDocs interface test.Api in this compilation")
                .inFile(b).onLineContaining("@ApiDocs");
        assertThat(c).hadErrorContaining("give one of them @ApiDocs(packageName = ...)");
        assertThat(c).hadErrorContaining("[ApiDocsGeneratedTwice]");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aGeneratedFileWhoseTypeTheUserWroteIsAnErrorOnTheInterface() {
        // the client is named after the interface: a class of the user's already has its name
        JavaFileObject api = Compiler.api("@ApiDocs(\"shop\")", "");
        JavaFileObject mine = JavaFileObjects.forSourceString("test.ApiClient", "package test;\n\npublic class ApiClient {}\n");
        Compilation c = Compiler.compileWithClient(api, mine);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("ApiClient").inFile(api).onLineContaining("@ApiDocs");
        assertThat(c).hadErrorContaining("[ApiDocsNameTaken]");
    }

    @Test
    void aDocPathThatLeavesTheDocsFolderIsAnError() {
        JavaFileObject api = Compiler.api("@ApiDocs(\"../../../../../../etc/passwd\")", "");
        Compilation c = Compiler.compile(api);
        assertThat(c).hadErrorContaining("\"../../../../../../etc/passwd\" leaves the docs folder").inFile(api).onLineContaining("@ApiDocs");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    void aClimbingDocPathIsAnErrorOnTheSourcePathToo() {
        JavaFileObject api = Compiler.api("@ApiDocs(\"shop/../../../secrets.md\")", "");
        Compilation c = Compiler.compileWithout(api);
        assertThat(c).hadErrorContaining("\"shop/../../../secrets.md\" leaves the docs folder; name docs inside it [ApiDocsUnreadable]")
                .inFile(api).onLineContaining("@ApiDocs");
        assertThat(c).hadErrorCount(1);
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs({org.junit.jupiter.api.condition.OS.LINUX, org.junit.jupiter.api.condition.OS.MAC})
    void aDocsFolderEntryLinkingOutIsAnErrorOnTheAnnotation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
        java.nio.file.Path docs = java.nio.file.Files.createDirectories(tmp.resolve("docs/shop"));
        java.nio.file.Files.createSymbolicLink(docs.resolve("keys.md"), java.nio.file.Files.writeString(tmp.resolve("keys"), "k"));
        JavaFileObject api = Compiler.api("@ApiDocs(\"shop\")", "");
        Compilation c = Compiler.compileWithClient(tmp.resolve("docs"), api);
        assertThat(c).hadErrorContaining(docs.resolve("keys.md") + ": a symbolic link that leads out of the docs folder")
                .inFile(api).onLineContaining("@ApiDocs");
        assertThat(c).hadErrorContaining("[ApiDocsUnreadable]");
        assertThat(c).hadErrorCount(1);
    }
}
