package dev.docpoet.fetch;

/** The name of the corrections file the parser applies to a doc set (see {@code dev.docpoet.parse.Corrections}). */
final class Corrections {
    static final String FILE_NAME = dev.docpoet.parse.DocCorrections.FILE_NAME;

    private Corrections() {}
}
