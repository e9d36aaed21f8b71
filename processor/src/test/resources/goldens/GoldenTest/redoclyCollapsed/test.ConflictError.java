package test;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.docpoet.runtime.Components;
import dev.docpoet.runtime.FieldsReader;
import dev.docpoet.runtime.JsonRecord;
import dev.docpoet.runtime.Required;
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
 * Body of a 409 response to {@code POST /v1/orders/{orderId}/cancel} (Cancel an order).
 *
 * <p>Source: shop/cancel-order.md, line 1.
 *
 * <p>An accessor throws {@link UnreadableValueException} when the JSON had a value of another type than
 * documented (kept as read), and a required one's throws {@link IllegalStateException} when the JSON had none.
 *
 * @param code Error code
 * @param additionalProperties undocumented values, and ones kept as read ({@link Unreadable}) or null
 */
@JsonRecord
@Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: shop/cancel-order.md")
@NullMarked
public record ConflictError(@JsonProperty("code") ConflictErrorCode code,
        @JsonAnyGetter Map<String, Object> additionalProperties) {
    public ConflictError {
        additionalProperties = additionalProperties == null || additionalProperties.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** The required {@code code}. */
    public ConflictErrorCode code() {
        return Components.required(code, additionalProperties, "code", "ConflictError");
    }

    static void check(ConflictError v, String path, List<Violation> out) {
        Unreadable.report(v.additionalProperties, path, out);
        if (Required.check(v.code, v.additionalProperties, "code", path, "/code", out)) {
            if (!v.code.isKnown()) {
                out.add(Violation.unknownEnumValue(path + "/code", v.code.value(), "[409, 4091]"));
            }
        }
    }

    /** Every violation of the documented contract, in nested records too, in field order; none when it conforms. */
    public List<Violation> validate() {
        return Violation.collect(out -> check(this, "", out));
    }

    /** Reads the record from a JSON object; for Jackson. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ConflictError fromJson(Map<String, @Nullable Object> json) {
        return read(json, "");
    }

    static ConflictError read(Map<String, @Nullable Object> json, String at) {
        FieldsReader r = new FieldsReader(json, at);
        return new ConflictError(
                r.get("code", ValueReaders.whole(ConflictErrorCode::of)),
                r.rest());
    }
}
