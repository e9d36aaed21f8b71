package dev.docpoet.spec;

/**
 * The spec parser's catalogue: every diagnostic reading a page can give, each with a stable ID printed as {@code [Id]}.
 * IDs never change meaning; new findings get new constants. The generator and the front ends have catalogues of their own.
 */
public enum ParserCode implements DiagnosticCode {
    // The input itself
    SpecBinaryInput(Severity.ERROR),
    /** A page over {@code DocParser.MAX_PAGE_BYTES}: not read. */
    SpecPageTooLarge(Severity.ERROR),
    SpecUnreadableFile(Severity.ERROR),
    SpecBadFrontMatter(Severity.ERROR),
    SpecNoEndpoint(Severity.INFO),
    /**
     * A doc file or folder the user asked for that yields no endpoint and so no type: said, with why, so that a run
     * never ends with nothing generated in silence.
     */
    SpecYieldsNothing(Severity.WARNING),
    SpecSpecReference(Severity.INFO),
    SpecBadEndpointLine(Severity.ERROR),
    /** A front matter {@code authMethod} that is none of Mintlify's (bearer, basic, key, cobo, none): not a scheme. */
    SpecUnknownAuthMethod(Severity.WARNING),
    // OpenAPI sources and the pages that point at them
    /** The spec is not JSON or YAML, or not an OpenAPI document swagger-parser can read. */
    SpecOpenApiBroken(Severity.ERROR),
    /** What swagger-parser finds wrong in a spec it still reads (a missing attribute, say). */
    SpecOpenApiInvalid(Severity.WARNING),
    /**
     * A local breakage in a spec that still reads (a dangling or wrong-kind {@code $ref}, a type JSON Schema does not
     * have, two paths that differ only in a parameter's name): the value it touches reads as any JSON value, or the
     * operation is left out, and the rest is generated.
     */
    SpecOpenApiDegraded(Severity.WARNING),
    /** A remote {@code $ref}, or a file ref that leaves the docs folder: never fetched. */
    SpecOpenApiRefRefused(Severity.ERROR),
    /** A construct docpoet does not model (a constraint, {@code not}, a non-JSON body): named, never dropped in silence. */
    SpecOpenApiUnmodeled(Severity.INFO),
    /** A construct read in a narrower way than the spec says (a union without discriminator, an OAuth flow). */
    SpecOpenApiApproximated(Severity.WARNING),
    /** A schema (of a spec, or a page's table linking to itself) that contains itself: cut at the repeat, which reads as a JSON object. */
    SpecOpenApiRefCycle(Severity.WARNING),
    /** A page's {@code openapi:} line whose spec cannot be found, or which names no operation of it. */
    SpecStubUnresolved(Severity.WARNING),
    /** Several spec files could be the one a page means. */
    SpecStubAmbiguous(Severity.ERROR),
    /** A page that refines its spec's operation says something else than the spec: the page wins. */
    SpecStubContradiction(Severity.WARNING),
    // MDX structure
    SpecUnclosedTag(Severity.ERROR),
    SpecMisnestedTag(Severity.ERROR),
    SpecStrayClosingTag(Severity.WARNING),
    SpecBadAttribute(Severity.ERROR),
    SpecUnclosedFence(Severity.WARNING),
    SpecFieldWithoutName(Severity.ERROR),
    SpecTooDeep(Severity.ERROR),
    // Fields and types
    SpecUnknownType(Severity.WARNING),
    SpecUnknownTag(Severity.WARNING),
    SpecOrphanField(Severity.WARNING),
    SpecBadBullet(Severity.WARNING),
    /** A GFM table row without a name, or an attribute heading without a type: read as far as it goes. */
    SpecIncompleteField(Severity.WARNING),
    /** An attribute-heading page refers to an entity page that is not among the docs read: the field keeps what the page shows. */
    SpecEntityUnresolved(Severity.WARNING),
    SpecBadEnumValue(Severity.WARNING),
    SpecBadExampleJson(Severity.WARNING),
    /** A {@code <Snippet file="…"/>} whose file is not in the docs folder: what it holds is not read. */
    SpecSnippetMissing(Severity.WARNING),
    /**
     * A block of a block-based page that does not read or is never closed: a ReadMe magic block ({@code [block:parameters]})
     * whose JSON is broken, a GitBook {@code {% swagger-parameter %}} without its end tag.
     */
    SpecBadBlock(Severity.WARNING),
    /** A docusaurus-openapi-docs page whose embedded operation (its {@code api:} front matter or a component's props) does not read. */
    SpecBadEmbeddedOperation(Severity.ERROR),
    // Inference (each inference is visible, so users can see where a type came from). One that chooses or changes a type
    // is a warning at its evidence that says what it inferred, from what, and how to pin or silence it; one that changes
    // no type is an info.
    /** Undocumented fields of an object or of array items, typed from the example. */
    InferFieldsFromExample(Severity.WARNING),
    /** Fields only a prose list names ("Each part includes: - id - …"), typed from their descriptions. */
    InferFieldFromProse(Severity.WARNING),
    /** A string that is an enum of the values its description lists. */
    InferEnumFromProse(Severity.WARNING),
    /** A string that is a date-time ({@code OffsetDateTime}), from an ISO-8601 example or "timestamp" in its description. */
    InferDateTime(Severity.WARNING),
    /** An inferred string that takes a documented enum of the same name whose values include its example. */
    InferEnumFromSibling(Severity.WARNING),
    /** A body that is an array, as its example shows. */
    InferArrayBody(Severity.WARNING),
    /** A body whose example wraps the documented fields in a key of its own ({@code {"data": …}}). */
    InferEnvelope(Severity.WARNING),
    /** An object that is a map: its example's keys are data, or its description says "map of". */
    InferMapFromExample(Severity.WARNING),
    /** A field the docs name without a type, typed from its example's value. */
    InferTypeFromExample(Severity.WARNING),
    /** An object that is a map: its one field is named by a placeholder ({@code {model-id}}). */
    InferMapFromPlaceholder(Severity.WARNING),
    /** An attribute-heading page's further entity whose example shows the page entity's fields: it extends that entity. */
    InferEntityExtends(Severity.WARNING),
    /** A JSON block under a "Response" heading is the example of a response: no type of its own (what it shows is). */
    InferResponseExample(Severity.INFO),
    /** An error example whose status is found nowhere: left out, so it changes nothing. */
    /** No longer reported: an error example without a status is now the {@code default} body ({@link #InferErrorExampleDefault}). */
    InferExampleStatusUnknown(Severity.INFO),
    /** An error example that names no HTTP status documents the body of any error status the docs do not list. */
    InferErrorExampleDefault(Severity.WARNING),
    // Lint: the doc contradicts itself
    LintDuplicateField(Severity.WARNING),
    LintExampleUndocumentedKey(Severity.WARNING),
    LintExampleMissingRequired(Severity.WARNING),
    LintExampleEnumValue(Severity.WARNING),
    LintExampleWrongType(Severity.WARNING),
    LintProseFieldUndocumented(Severity.WARNING),
    // The doc set as a whole (pages merged into one ApiModel)
    SpecDuplicateEndpoint(Severity.WARNING),
    SpecConflictingEndpoint(Severity.ERROR),
    SpecConflictingVersion(Severity.INFO),
    // The corrections file (docpoet.corrections.yaml) beside a fetched doc set
    /** A corrections file that does not read: not YAML, an unknown key, a value of the wrong kind. Nothing of it applies. */
    SpecCorrectionInvalid(Severity.ERROR),
    /** A correction that matches nothing in the docs (the endpoint, body, parameter or field is not there, or no longer). */
    SpecCorrectionUnused(Severity.WARNING),
    /** A correction the docs now agree with: it changes nothing, and can go. */
    SpecCorrectionRedundant(Severity.WARNING),
    // A bug of docpoet's, never the page's fault
    SpecInternalError(Severity.ERROR);

    private final Severity severity;

    ParserCode(Severity severity) {
        this.severity = severity;
    }

    @Override
    public Severity severity() {
        return severity;
    }
}
