package dev.docpoet.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/**
 * A successful response: its status and headers with the body read into its generated type ({@code null} for an
 * endpoint that documents no body, or a 204).
 */
public record ApiResponse<T>(int status, HttpHeaders headers, @Nullable T body) {}
