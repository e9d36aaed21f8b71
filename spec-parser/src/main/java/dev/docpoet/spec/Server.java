package dev.docpoet.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A base URL the docs give, such as {@code https://{endpoint}/v1}; {@code {variables}} in it are for the user to fill
 * in (a client builder takes them as arguments).
 */
public record Server(String url, List<String> variables) {
    private static final Pattern VARIABLE = Pattern.compile("\\{([^{}/]+)}");

    public Server {
        variables = List.copyOf(variables);
    }

    public static Server of(String url) {
        List<String> vars = new ArrayList<>();
        Matcher m = VARIABLE.matcher(url);
        while (m.find()) {
            if (!vars.contains(m.group(1))) vars.add(m.group(1));
        }
        return new Server(url, vars);
    }
}
