package dev.docpoet.client;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header (RFC 9110 §10.2.3): delay seconds or an HTTP date. */
final class RetryAfter {
    private RetryAfter() {}

    /** The wait the header asks for, never negative; empty when it is absent or unreadable. */
    static Optional<Duration> parse(Optional<String> header, Clock clock) {
        if (header.isEmpty()) return Optional.empty();
        String value = header.get().trim();
        if (value.matches("\\d{1,10}")) return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        try {
            ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
