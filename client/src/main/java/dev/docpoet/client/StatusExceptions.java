package dev.docpoet.client;

import java.net.http.HttpHeaders;
import org.jspecify.annotations.Nullable;

/** The {@link ApiException} subclass for an error status, so that callers catch by what happened, not by number. */
final class StatusExceptions {
    private StatusExceptions() {}

    static ApiException of(String request, int status, HttpHeaders headers, byte[] body, @Nullable Object error, String reason) {
        return switch (status) {
            case 400 -> new BadRequestException(request, headers, body, error, reason);
            case 401 -> new UnauthorizedException(request, headers, body, error, reason);
            case 403 -> new PermissionDeniedException(request, headers, body, error, reason);
            case 404 -> new NotFoundException(request, headers, body, error, reason);
            case 409 -> new ConflictException(request, headers, body, error, reason);
            case 422 -> new UnprocessableEntityException(request, headers, body, error, reason);
            case 429 -> new RateLimitException(request, headers, body, error, reason);
            default -> status >= 500 && status <= 599 ? new InternalServerException(request, status, headers, body, error, reason)
                    : new ApiException(request, status, headers, body, error, reason, null);
        };
    }
}
