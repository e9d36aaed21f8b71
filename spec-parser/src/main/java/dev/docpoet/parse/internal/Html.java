package dev.docpoet.parse.internal;

/** The few HTML entities doc pages use inside attribute values and prose. */
public final class Html {
    private Html() {}

    public static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&quot;", "\"").replace("&#34;", "\"").replace("&apos;", "'").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
