package dev.docpoet.client;

import java.io.IOException;
import java.lang.reflect.Type;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A {@link JsonCodec} on a Jackson 3 {@link JsonMapper} (which reads {@code java.time} values without a module). */
public final class Jackson3Codec implements JsonCodec {
    private final JsonMapper mapper;

    private Jackson3Codec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** On the given mapper, configured as the caller likes. */
    public static Jackson3Codec of(JsonMapper mapper) {
        return new Jackson3Codec(mapper);
    }

    /** On a new mapper with Jackson 3's defaults, reading fractions exactly. */
    public static Jackson3Codec create() {
        // generated records read numbers untyped, which Jackson otherwise rounds to doubles
        return new Jackson3Codec(JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build());
    }

    @Override
    public byte[] write(Object value) throws IOException {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JacksonException e) {
            // Jackson 3's exceptions are unchecked; the codec contract says IOException, as Jackson 2's are
            throw new IOException(e.getOriginalMessage(), e);
        }
    }

    @Override
    public Object read(byte[] json, Type type) throws IOException {
        try {
            return mapper.readValue(json, mapper.getTypeFactory().constructType(type));
        } catch (JacksonException e) {
            throw new IOException(e.getOriginalMessage(), e);
        }
    }
}
