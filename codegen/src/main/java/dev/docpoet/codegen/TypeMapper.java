package dev.docpoet.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.spec.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Java type of a documented value that needs no generated class: scalars by type and format, enum values as plain
 * values. Model and client planning both map through it, so that one schema always gives one Java type.
 */
final class TypeMapper {
    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName MAP = ClassName.get(Map.class);
    private static final ClassName STRING = ClassName.get(String.class);
    private static final ClassName LONG = ClassName.get(Long.class);
    private static final ClassName DECIMAL = ClassName.get(BigDecimal.class);
    static final ClassName BIG_INTEGER = ClassName.get(BigInteger.class);

    private TypeMapper() {}

    /** The Java type of a value that is neither a record nor an enum. */
    static TypeName scalar(Schema s) {
        if (s instanceof Schema.StringSchema str) {
            if ("date-time".equals(str.format())) return ClassName.get(OffsetDateTime.class);
            if ("date".equals(str.format())) return ClassName.get(LocalDate.class);
            return STRING;
        }
        if (s instanceof Schema.IntegerSchema) return LONG;
        // BigDecimal keeps a number exactly as the JSON wrote it (2 stays 2, 0.00025 stays 0.00025); Double would not
        if (s instanceof Schema.NumberSchema) return DECIMAL;
        if (s instanceof Schema.BooleanSchema) return ClassName.get(Boolean.class);
        // a shared component where no record stands for it (a parameter): any JSON object
        if (s instanceof Schema.ObjectSchema || s instanceof Schema.RefSchema) return anyObject();
        if (s instanceof Schema.ArraySchema a) return ParameterizedTypeName.get(LIST, scalar(a.items()));
        if (s instanceof Schema.MapSchema m) return ParameterizedTypeName.get(MAP, STRING, scalar(m.values()));
        return ClassName.OBJECT;
    }

    /** {@code Map<String, Object>}: any JSON object. */
    static TypeName anyObject() {
        return ParameterizedTypeName.get(MAP, STRING, ClassName.OBJECT);
    }

    /**
     * The plain Java type of an enum's values, where no enum class stands for them: String, Long (BigInteger when a value
     * is past a long's range) or BigDecimal.
     */
    static TypeName plainValue(Schema.EnumSchema e) {
        return switch (e.kind()) {
            case STRING -> STRING;
            case INTEGER -> e.values().stream().allMatch(TypeMapper::fitsLong) ? LONG : BIG_INTEGER;
            case NUMBER -> DECIMAL;
        };
    }

    /**
     * How an enum class's values travel: {@code String}; {@code long} for whole numbers, or {@code BigInteger} when one is
     * past a long's range ({@code 18446744073709551615}), so that it compiles and comes back as written; {@code double}
     * for fractions.
     */
    static TypeName enumWire(Schema.EnumSchema e) {
        boolean whole = e.kind() == Schema.EnumKind.INTEGER || e.values().stream().allMatch(v -> v.matches("-?\\d+"));
        if (e.kind() == Schema.EnumKind.STRING) return STRING;
        if (!whole) return TypeName.DOUBLE;
        return e.values().stream().allMatch(TypeMapper::fitsLong) ? TypeName.LONG : BIG_INTEGER;
    }

    /**
     * The Java type of a single-value enum's constant: Long for a whole number in a long's range, BigInteger for an
     * integer past it, BigDecimal for other numbers; null for a value that is no number.
     */
    static @Nullable TypeName constant(Schema.EnumSchema e) {
        String v = e.values().get(0);
        if (e.kind() == Schema.EnumKind.STRING) return STRING;
        if (v.matches("-?\\d+")) return fitsLong(v) ? LONG : e.kind() == Schema.EnumKind.INTEGER ? BIG_INTEGER : DECIMAL;
        return v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") ? DECIMAL : null;
    }

    /** Whether a documented value is a whole number that a {@code long} holds. */
    static boolean fitsLong(String value) {
        if (!value.matches("-?\\d+")) return false;
        return new BigInteger(value).bitLength() < Long.SIZE;
    }

    /** A parameter's Java type: its value as the docs type it, an enum as its plain values (parameters get no enum class). */
    static TypeName parameter(Schema s) {
        if (s instanceof Schema.EnumSchema en) return plainValue(en);
        if (s instanceof Schema.ArraySchema a) return ParameterizedTypeName.get(LIST, parameter(a.items()));
        if (s instanceof Schema.MapSchema m) return ParameterizedTypeName.get(MAP, STRING, parameter(m.values()));
        return scalar(s);
    }
}
