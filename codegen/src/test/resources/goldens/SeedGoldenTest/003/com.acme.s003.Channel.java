package com.acme.s003;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.docpoet.runtime.OpenEnum;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Channel through which the message was sent
 *
 * <p>Values documented: unknown, desktop, android, ios, email. Any other value is kept as it is: {@link
 * #isKnown()} is then false and {@link #known()} is {@link Known#UNRECOGNIZED}.
 *
 * <p>Source: 003_e872a38cc95d17c8.txt, line 1.
 */
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: 003_e872a38cc95d17c8.txt")
@NullMarked
public final class Channel extends OpenEnum<String, Channel.Known> {
    public static final Channel UNKNOWN = new Channel("unknown", Known.UNKNOWN);
    public static final Channel DESKTOP = new Channel("desktop", Known.DESKTOP);
    public static final Channel ANDROID = new Channel("android", Known.ANDROID);
    public static final Channel IOS = new Channel("ios", Known.IOS);
    public static final Channel EMAIL = new Channel("email", Known.EMAIL);

    private Channel(String value, Known known) {
        super(value, known, Known.UNRECOGNIZED);
    }

    /** The constant for a documented value, or a value that keeps an undocumented one. */
    @JsonCreator
    public static Channel of(String value) {
        Objects.requireNonNull(value, "value");
        return switch (value) {
            case "unknown" -> UNKNOWN;
            case "desktop" -> DESKTOP;
            case "android" -> ANDROID;
            case "ios" -> IOS;
            case "email" -> EMAIL;
            default -> new Channel(value, Known.UNRECOGNIZED);
        };
    }

    /** Every documented value, in doc order. */
    public static List<Channel> documented() {
        return List.of(UNKNOWN, DESKTOP, ANDROID, IOS, EMAIL);
    }

    /** The documented values, and UNRECOGNIZED for any other. */
    public enum Known {
        UNKNOWN,
        DESKTOP,
        ANDROID,
        IOS,
        EMAIL,
        /** A value the docs do not list. */
        UNRECOGNIZED
    }
}
