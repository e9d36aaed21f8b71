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
 * Body of a 409 response to {@code POST /v1/orders/{orderId}/cancel} (Cancel an order).
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * @param code Error code
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
public record ConflictError(@JsonProperty("code") ConflictErrorCode code,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ConflictError {
        additionalProperties = additionalProperties == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /**
     * The required {@code code}; an {@link IllegalStateException} if the JSON had none (the validator reports it).
     */
    public ConflictErrorCode code() {
        return Required.of(code, "code", "ConflictError");
    }

    static void check(ConflictError v, String path, List<Violation> out) {
        if (v.code == null) {
            out.add(Violation.required(path + "/code"));
        } else {
            if (!v.code.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/code", v.code.value(), "[409, 4091]"));
            }
        }
    }
}
