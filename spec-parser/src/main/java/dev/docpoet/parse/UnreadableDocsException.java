package dev.docpoet.parse;

import java.io.IOException;

/**
 * An entry of a docs folder that docpoet refuses to read: unreadable, a special file, a link loop or a link out of the
 * folder. Its message is one line that names the entry and says what to do, fit to show the user as it is.
 */
public final class UnreadableDocsException extends IOException {
    private static final long serialVersionUID = 1L;

    public UnreadableDocsException(String message) {
        super(message);
    }
}
