package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Body of a 200 response to {@code GET /v1/orders/{orderId}} (Get an order).
 *
 * <p>Source: shop/get-order.mdx, line 10.
 *
 * @param id Order id.
 * @param classValue Shipping class (e.g., "standard", "express").
 * @param total Total in euros.
 * @param lines Order lines.
 * @param placedAt ISO timestamp when the order was placed. (required, may be null)
 * @param additionalProperties properties the doc does not document, kept so that nothing is lost
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/get-order.mdx"
)
@NullMarked
public record Order(@JsonProperty("id") @JsonInclude(JsonInclude.Include.ALWAYS) String id,
        @JsonProperty("class") @Nullable OrderClass classValue,
        @JsonProperty("total") @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal total,
        @JsonProperty("lines") @JsonInclude(JsonInclude.Include.NON_EMPTY) @Nullable List<Order.Line> lines,
        @JsonProperty("placedAt") @JsonInclude(JsonInclude.Include.ALWAYS) @JsonFormat(shape = JsonFormat.Shape.STRING) @Nullable OffsetDateTime placedAt,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public Order {
        lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * Order lines.
     *
     * <p>Source: shop/get-order.mdx, line 19.
     *
     * @param sku Stock keeping unit.
     * @param qty Quantity.
     * @param additionalProperties properties the doc does not document, kept so that nothing is lost
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(@JsonProperty("sku") @JsonInclude(JsonInclude.Include.ALWAYS) String sku,
            @JsonProperty("qty") @Nullable Long qty,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Line {
            additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }
    }
}
