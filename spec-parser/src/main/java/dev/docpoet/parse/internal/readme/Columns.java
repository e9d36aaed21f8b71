package dev.docpoet.parse.internal.readme;

import dev.docpoet.parse.internal.ColumnWords;
import dev.docpoet.parse.internal.ColumnWords.Role;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What each column of a ReadMe parameters table holds, from its header as authors write it ({@link ColumnWords}, the
 * words the GFM-table reader uses too): the field's name, type, whether it is required, its description, default,
 * example and where a parameter goes. A header may name its role among other words, so "Parameter name", "Campo",
 * "Тип" and "Required/Optional" all read; "Value" is a description here (ReadMe's editor offers it so).
 */
record Columns(int name, int type, int required, int description, int defaultValue, int example, int in, boolean optionalColumn) {
    /** The roles of a table's header cells (by column index); null when no column names the fields. */
    static @Nullable Columns of(Map<Integer, String> headers) {
        Map<Role, Integer> at = new TreeMap<>();
        for (Map.Entry<Integer, String> h : new TreeMap<>(headers).entrySet()) {
            Role r = role(h.getValue());
            if (r != null) at.putIfAbsent(r, h.getKey());
        }
        if (!at.containsKey(Role.NAME)) return null;
        int required = at.getOrDefault(Role.REQUIRED, at.getOrDefault(Role.OPTIONAL, -1));
        return new Columns(at.get(Role.NAME), at.getOrDefault(Role.TYPE, -1), required, at.getOrDefault(Role.DESCRIPTION, -1),
                at.getOrDefault(Role.DEFAULT, -1), at.getOrDefault(Role.EXAMPLE, -1), at.getOrDefault(Role.IN, -1),
                !at.containsKey(Role.REQUIRED) && at.containsKey(Role.OPTIONAL));
    }

    static @Nullable Role role(String header) {
        String h = plain(header);
        if (h.equals("value") || h.equals("values")) return Role.DESCRIPTION;
        return ColumnWords.within(header);
    }

    static String plain(String s) {
        return ColumnWords.plain(s);
    }
}
