package dev.docpoet.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Type;

/** A {@link JsonCodec} on a Jackson 2 {@link ObjectMapper}. */
public final class Jackson2Codec implements JsonCodec {
    private final ObjectMapper mapper;

    private Jackson2Codec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** On the given mapper, configured as the caller likes (it needs {@code java.time} support for date fields). */
    public static Jackson2Codec of(ObjectMapper mapper) {
        return new Jackson2Codec(mapper);
    }

    /**
     * On a new mapper with the modules found on the class path ({@code jackson-datatype-jsr310} reads the dates
     * that generated records hold as {@code java.time} values), reading fractions exactly.
     */
    public static Jackson2Codec create() {
        // the modules Jackson itself can see, not the thread's context class loader's (which may hold other copies)
        // exact fractions: generated records read numbers untyped, which Jackson otherwise rounds to doubles
        return new Jackson2Codec(new ObjectMapper().registerModules(ObjectMapper.findModules(ObjectMapper.class.getClassLoader()))
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
    }

    @Override
    public byte[] write(Object value) throws IOException {
        return mapper.writeValueAsBytes(value);
    }

    @Override
    public Object read(byte[] json, Type type) throws IOException {
        JavaType javaType = mapper.getTypeFactory().constructType(type);
        return mapper.readValue(json, javaType);
    }
}
