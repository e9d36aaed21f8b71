package dev.docpoet.spec;

/**
 * The catalogue of every diagnostic the parser reports, each with a stable ID printed as {@code [Id]}.
 * IDs never change meaning; new findings get new constants.
 */
public enum DiagnosticCode {
    // The input itself
    SpecBinaryInput(Severity.ERROR),
    SpecUnreadableFile(Severity.ERROR),
    SpecBadFrontMatter(Severity.ERROR),
    SpecNoEndpoint(Severity.INFO),
    SpecSpecReference(Severity.INFO),
    SpecBadEndpointLine(Severity.ERROR),
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
    SpecOrphanField(Severity.WARNING),
    SpecBadBullet(Severity.WARNING),
    SpecBadEnumValue(Severity.WARNING),
    SpecBadExampleJson(Severity.WARNING),
    // Inference (each inference is visible, so users can see where a type came from)
    InferFieldsFromExample(Severity.INFO),
    InferFieldFromProse(Severity.INFO),
    InferEnumFromProse(Severity.INFO),
    InferDateTime(Severity.INFO),
    InferEnumFromSibling(Severity.INFO),
    // Lint: the doc contradicts itself
    LintDuplicateField(Severity.WARNING),
    LintExampleUndocumentedKey(Severity.WARNING),
    LintExampleMissingRequired(Severity.WARNING),
    LintExampleEnumValue(Severity.WARNING),
    LintExampleWrongType(Severity.WARNING),
    LintProseFieldUndocumented(Severity.WARNING),
    // Generation: names and types chosen for Java
    GenJavaName(Severity.INFO),
    GenTypeName(Severity.INFO),
    GenTooDeep(Severity.WARNING);

    private final Severity severity;

    DiagnosticCode(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    /** The stable ID printed in brackets. */
    public String id() {
        return name();
    }
}
