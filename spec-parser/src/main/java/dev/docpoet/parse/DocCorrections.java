package dev.docpoet.parse;

/** Corrections. */
public final class DocCorrections {
    public static final String FILE_NAME = "docpoet.corrections.yaml";

    private DocCorrections() {}
}
