package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Cancel an order.
 *
 * The response 409 of POST /v1/orders/{orderId}/cancel.
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * @param code Error code (required; shop/cancel-order.md, line 1)
 * @param additionalProperties properties the doc does not document, kept so that nothing is lost
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/cancel-order.md"
)
@NullMarked
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ConflictError(
        @JsonProperty("code") @JsonInclude(JsonInclude.Include.ALWAYS) ConflictErrorCode code,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ConflictError {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }
}
