package dev.docpoet.fetch;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A docs site's {@code /llms.txt} (llmstxt.org; Mintlify, Fern and GitBook serve one): markdown with a link per page,
 * and, on Mintlify, the site's OpenAPI files. The links are read in order, each once, resolved against the index.
 */
final class LlmsIndex {
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

    private LlmsIndex() {}

    static List<URI> links(URI index, byte[] bytes) {
        Set<URI> out = new LinkedHashSet<>();
        Matcher m = LINK.matcher(PageText.text(bytes));
        while (m.find()) {
            String href = m.group(1);
            try {
                URI u = index.resolve(href);
                if (u.getScheme() == null || !(u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https"))) continue;
                out.add(new URI(u.getScheme(), u.getAuthority(), u.getPath(), null, null));
            } catch (IllegalArgumentException | java.net.URISyntaxException e) {
                // a link that is no URL is no page
            }
        }
        return new ArrayList<>(out);
    }

    /** Whether a link is a spec file rather than a page. */
    static boolean isSpec(URI u) {
        String p = u.getPath() == null ? "" : u.getPath().toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".json") || p.endsWith(".yaml") || p.endsWith(".yml");
    }
}
