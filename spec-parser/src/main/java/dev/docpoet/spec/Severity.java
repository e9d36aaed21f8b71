package dev.docpoet.spec;

/** How much a diagnostic matters: errors stop generation, warnings and infos only inform. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word printed in the {@code FILE:LINE:COL: word: message} format. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
