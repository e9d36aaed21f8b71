package dev.docpoet.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON object into a generated record's components, one documented property at a time: a value of another
 * type than documented reads as absent and is kept as {@link Unreadable}, so that one wrong value never makes the
 * body unreadable. {@link #rest()} gives the properties the docs do not document, the kept values, and the documented
 * properties the JSON had as {@code null} (the record holds none, and writes back the {@code null} it read, not nothing).
 */
public final class FieldsReader {
    private final Map<String, @Nullable Object> json;
    private final String at;
    private String[] documented = new String[8];
    private int asked;
    private int found;
    private int nulls;
    private @Nullable Map<String, Unreadable> unreadable;
    private @Nullable List<String> absent;

    /**
     * @param json the object, as Jackson reads it into a map
     * @param at its JSON pointer, "" where the read started
     */
    public FieldsReader(Map<String, @Nullable Object> json, String at) {
        this.json = json;
        this.at = at;
    }

    /**
     * The documented property {@code name} read by {@code reader}; null when absent, null, or not of its type. A
     * {@code null} the JSON had is kept in {@link #rest()}, so that the record writes it back.
     */
    public <T> @Nullable T get(String name, ValueReader<T> reader) {
        return read(name, reader, true);
    }

    /**
     * As {@link #get}, for a component the record writes as {@code null} itself when it holds none (a required one that
     * may be null): a {@code null} the JSON had needs no keeping.
     */
    public <T> @Nullable T getAlwaysWritten(String name, ValueReader<T> reader) {
        return read(name, reader, false);
    }

    /**
     * As {@link #get}, for a required component the docs let be null: a property the JSON lacked is noted in
     * {@link #rest()} as {@link Components#ABSENT}, so that the record does not write back a null the JSON did not have.
     */
    public <T> @Nullable T getRequiredNullable(String name, ValueReader<T> reader) {
        if (!json.containsKey(name)) {
            if (absent == null) absent = new ArrayList<>();
            absent.add(name);
        }
        return read(name, reader, true);
    }

    private <T> @Nullable T read(String name, ValueReader<T> reader, boolean keepNull) {
        if (asked == documented.length) documented = Arrays.copyOf(documented, asked * 2);
        documented[asked++] = name;
        Object raw = json.get(name);
        if (raw == null) {
            if (json.containsKey(name)) {
                found++;
                if (keepNull) {
                    // no component holds it: rest() keeps it, as the JSON had it
                    nulls++;
                    documented[asked - 1] = null;
                }
            }
            return null;
        }
        found++;
        String pointer = at + "/" + Unreadable.escape(name);
        try {
            return reader.read(raw, pointer);
        } catch (ValueReaders.Mismatch m) {
            if (unreadable == null) unreadable = new LinkedHashMap<>();
            unreadable.put(name, m.kept(raw, pointer));
            return null;
        }
    }

    /**
     * The properties the docs do not document, the documented ones that did not read, and the documented ones the JSON
     * had as {@code null} (but for {@link #getAlwaysWritten} ones), in the JSON's order.
     */
    public Map<String, @Nullable Object> rest() {
        if (found == json.size() && unreadable == null && nulls == 0 && absent == null) return Map.of();
        Map<String, @Nullable Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, @Nullable Object> e : json.entrySet()) {
            if (!isDocumented(e.getKey())) out.put(e.getKey(), e.getValue());
            else if (unreadable != null && unreadable.containsKey(e.getKey())) out.put(e.getKey(), unreadable.get(e.getKey()));
        }
        // taken out again by the record's constructor (Components.requiredNullable), which only needs to know
        if (absent != null) for (String name : absent) out.put(name, Components.ABSENT);
        return out;
    }

    /** Whether a component holds {@code name} (of a null the JSON had, only an always-written one does). */
    private boolean isDocumented(String name) {
        for (int i = 0; i < asked; i++) {
            if (name.equals(documented[i])) return true;
        }
        return false;
    }
}
