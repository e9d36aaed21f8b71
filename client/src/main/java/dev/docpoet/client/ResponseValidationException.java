package dev.docpoet.client;

import dev.docpoet.runtime.Violation;
import java.net.http.HttpHeaders;
import java.util.List;

/**
 * A success body that reads, but breaks what the docs promise of it (a required value missing, a value outside a
 * closed enum, a string not of its format); thrown only when the client validates responses.
 */
public class ResponseValidationException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public ResponseValidationException(String request, int status, HttpHeaders headers, byte[] body, List<Violation> violations) {
        super(request, status, headers, body, null, "the body breaks the documented contract: " + violations, null);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
