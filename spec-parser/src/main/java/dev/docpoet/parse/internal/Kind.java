package dev.docpoet.parse.internal;

/** The JSON kind a doc gives a field while it is being read; {@code UNSPECIFIED} when it gives none. */
public enum Kind {
    OBJECT, ARRAY, STRING, INTEGER, NUMBER, BOOLEAN, ANY, UNSPECIFIED
}
