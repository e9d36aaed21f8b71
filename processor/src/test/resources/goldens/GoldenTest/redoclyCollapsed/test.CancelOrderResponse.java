package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a 200 response to {@code POST /v1/orders/{orderId}/cancel} (Cancel an order).
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * @param status New status
 * @param refund
 * @param additionalProperties properties the doc does not document, kept so that nothing is lost
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/cancel-order.md"
)
@NullMarked
public record CancelOrderResponse(
        @JsonProperty("status") @JsonInclude(JsonInclude.Include.ALWAYS) CancelOrderResponseStatus status,
        @JsonProperty("refund") CancelOrderResponse. @Nullable Refund refund,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public CancelOrderResponse {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * Source: shop/cancel-order.md, line 1.
     *
     * @param amount Amount
     * @param additionalProperties properties the doc does not document, kept so that nothing is lost
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refund(@JsonProperty("amount") @Nullable BigDecimal amount,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Refund {
            additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }
    }
}
