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
import org.jspecify.annotations.Nullable;

/**
 * Cancel an order.
 *
 * The response 200 of POST /v1/orders/{orderId}/cancel.
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * @param status New status (required; shop/cancel-order.md, line 1)
 * @param refund the {@code refund} field (optional, nullable; shop/cancel-order.md, line 1)
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
     * @param amount Amount (optional; shop/cancel-order.md, line 1)
     * @param additionalProperties properties the doc does not document, kept so that nothing is lost
     */
    @Generated(
            value = "dev.docpoet.processor.ApiDocsProcessor",
            comments = "Source: shop/cancel-order.md"
    )
    @JsonIgnoreProperties(
            ignoreUnknown = true
    )
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Refund(@JsonProperty("amount") @Nullable Double amount,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Refund {
            additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }
    }
}
