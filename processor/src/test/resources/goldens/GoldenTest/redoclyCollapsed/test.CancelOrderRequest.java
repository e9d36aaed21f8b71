package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Required;
import dev.docpoet.runtime.Violation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Body of a {@code POST /v1/orders/{orderId}/cancel} request (Cancel an order).
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * @param reason Why
 * @param additionalProperties properties the doc does not document, kept so that nothing is lost
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
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CancelOrderRequest {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code reason}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
     */
    public CancelOrderRequestReason reason() {
        return Required.of(reason, "reason", "CancelOrderRequest");
    }

    static void check(CancelOrderRequest v, String path, List<Violation> out) {
        if (v.reason == null) {
            out.add(Violation.required(path + "/reason"));
        } else {
            if (!v.reason.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/reason", v.reason.value(), "[changed-mind, 2nd-order, ]"));
            }
        }
    }
}
