package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * Get an order.
 *
 * The response 200 of GET /v1/orders/{orderId}.
 *
 * <p>Source: shop/get-order.mdx, line 10.
 *
 * @param id Order id. (required; shop/get-order.mdx, line 10)
 * @param classValue Shipping class (e.g., "standard", "express"). (optional; shop/get-order.mdx, line 13)
 * @param total Total in euros. (required; shop/get-order.mdx, line 16)
 * @param lines Order lines. (optional; shop/get-order.mdx, line 19)
 * @param placedAt ISO timestamp when the order was placed. (required, nullable; shop/get-order.mdx, line 30)
 * @param additionalProperties properties the doc does not document, kept so that nothing is lost
 */
@Generated(
        value = "dev.docpoet.processor.ApiDocsProcessor",
        comments = "Source: shop/get-order.mdx"
)
@NullMarked
@JsonIgnoreProperties(
        ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Order(@JsonProperty("id") @JsonInclude(JsonInclude.Include.ALWAYS) String id,
        @JsonProperty("class") @Nullable OrderClass classValue,
        @JsonProperty("total") @JsonInclude(JsonInclude.Include.ALWAYS) Double total,
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
     * @param sku Stock keeping unit. (required; shop/get-order.mdx, line 22)
     * @param qty Quantity. (optional; shop/get-order.mdx, line 25)
     * @param additionalProperties properties the doc does not document, kept so that nothing is lost
     */
    @Generated(
            value = "dev.docpoet.processor.ApiDocsProcessor",
            comments = "Source: shop/get-order.mdx"
    )
    @JsonIgnoreProperties(
            ignoreUnknown = true
    )
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(@JsonProperty("sku") @JsonInclude(JsonInclude.Include.ALWAYS) String sku,
            @JsonProperty("qty") @Nullable Long qty,
            @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
        public Line {
            additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
        }
    }
}
