package dev.docpoet.client;

import java.net.http.HttpHeaders;

/**
 * The OAuth2 token endpoint did not hand out a token: it answered with an error status (RFC 6749 §5.2: {@link #oauthError()}
 * such as {@code invalid_client}), or with a body holding no usable bearer token. No API request was sent. The client's
 * secret is never in the message, even where the server echoed it; the raw body is kept as received.
 */
public class TokenRequestException extends ApiException {
    private static final long serialVersionUID = 1L;
    private final String oauthError;

    /**
     * @param request {@code POST https://auth.example.com/oauth/token}
     * @param oauthError the {@code error} code the body gives, or empty
     * @param reason what went wrong, already free of secrets
     */
    public TokenRequestException(String request, int status, HttpHeaders headers, byte[] body, String oauthError, String reason) {
        super(request, status, headers, body, request + " (the OAuth2 token request) answered " + status + ": " + reason);
        this.oauthError = oauthError;
    }

    /** The OAuth2 {@code error} code of the answer ({@code invalid_client}, {@code invalid_scope}, …), or empty. */
    public String oauthError() {
        return oauthError;
    }
}
