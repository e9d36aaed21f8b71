package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Body of a 409 response to {@code POST /v1/orders/{orderId}/cancel} (Cancel an order).
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * @param code Error code
 * @param additionalProperties properties the doc does not document, kept so that nothing is lost
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/cancel-order.md"
)
@NullMarked
public record ConflictError(
        @JsonProperty("code") @JsonInclude(JsonInclude.Include.ALWAYS) ConflictErrorCode code,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ConflictError {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }
}
