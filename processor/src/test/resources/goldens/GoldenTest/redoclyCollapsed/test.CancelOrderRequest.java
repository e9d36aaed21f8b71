package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
import dev.docpoet.runtime.Unreadable;
import dev.docpoet.runtime.UnreadableValueException;
import dev.docpoet.runtime.ValueReaders;
import dev.docpoet.runtime.Violation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a {@code POST /v1/orders/{orderId}/cancel} request (Cancel an order).
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * @param reason Why
 * @param additionalProperties properties the doc does not document, and documented ones the JSON had of another type
 *     (as {@link Unreadable}) or as null, kept so that nothing is lost
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE
)
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/cancel-order.md"
)
@NullMarked
public record CancelOrderRequest(@JsonProperty("reason") CancelOrderRequestReason reason,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CancelOrderRequest {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code reason}.
     *
     * @throws IllegalStateException if the JSON had none
     * @throws UnreadableValueException if it had one of another type
     */
    public CancelOrderRequestReason reason() {
        return Components.required(reason, additionalProperties, "reason", "CancelOrderRequest");
    }

    static void check(CancelOrderRequest v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (v.reason == null) {
            if (v.additionalProperties.get("reason") == null) {
                out.add(Violation.required(path + "/reason"));
            }
        } else {
            if (!v.reason.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/reason", v.reason.value(), "[changed-mind, 2nd-order, ]"));
            }
        }
    }

    /**
     * Reads the record from a JSON object; for Jackson.
     */
    @JsonCreator(
            mode = JsonCreator.Mode.DELEGATING
    )
    static CancelOrderRequest fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static CancelOrderRequest read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new CancelOrderRequest(
                r.get("reason", ValueReaders.text(CancelOrderRequestReason::of)),
                r.rest());
    }
}
