package dev.docpoet.runtime;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Checks of the string formats docs document; used by generated validators. */
public final class Formats {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Formats() {}

    public static boolean isEmail(String s) {
        return EMAIL.matcher(s).matches();
    }

    /** An absolute URI, such as {@code https://example.com/pricing}. */
    public static boolean isUri(String s) {
        try {
            return new URI(s).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    public static boolean isUuid(String s) {
        return UUID.matcher(s).matches();
    }
}
