package dev.docpoet.runtime;

/**
 * What the accessor of a component throws when the JSON had a value of another type than the docs say: it names the
 * component, the JSON pointer and the value, which the record keeps and writes back unchanged.
 */
public final class UnreadableValueException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final transient Unreadable value;

    UnreadableValueException(String wireName, String owner, Unreadable value) {
        super("`" + wireName + "` of " + owner + " is not what the docs say: at " + (value.at().isEmpty() ? "/" : value.at())
                + " the JSON has " + Violation.show(value.found()) + ", not " + value.expected()
                + "; the record keeps the value as read (see the top-level record's validate())");
        this.value = value;
    }

    /** The value as read, with its pointer and what the docs expected. */
    public Unreadable value() {
        return value;
    }
}
