package dev.docpoet.parse.internal.tables;

import dev.docpoet.parse.internal.ColumnWords;
import dev.docpoet.parse.internal.MarkdownBlocks;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What each column of a field or parameter table holds, from its header however a page names it ("Parameter",
 * "Field", "Name", "Attribute"; "Type", "Data type", "Schema"; "Required", "Required?", "Mandatory", "Optional";
 * "Description", "Details"; "Default"; "In", "Location"; "Example"; the words of {@link ColumnWords}, which the ReadMe
 * reader shares), in any order; a header is taken only when it is one of the words. Column indexes are -1 when absent.
 */
record TableColumns(int name, int type, int required, boolean requiredInverted, int description, int defaultValue,
        int in, int example, int restrictions, int status, int value) {

    private static final List<String> RESTRICTIONS = List.of("restrictions", "constraints", "restriction");
    private static final List<String> STATUS = List.of("status", "http code", "code", "status code", "http status",
            "response code", "http status code");

    static TableColumns of(MarkdownBlocks.Table table) {
        int name = -1, type = -1, required = -1, description = -1, def = -1, in = -1, example = -1, restrictions = -1,
                status = -1, value = -1;
        boolean inverted = false;
        List<MarkdownBlocks.Cell> header = table.header();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).text().replace("*", "").replace("`", "").strip().toLowerCase(Locale.ROOT);
            ColumnWords.Role role = ColumnWords.exact(h);
            if (role == ColumnWords.Role.NAME && name < 0) name = i;
            else if (role == ColumnWords.Role.TYPE && type < 0) type = i;
            else if (role == ColumnWords.Role.REQUIRED && required < 0) required = i;
            else if (role == ColumnWords.Role.OPTIONAL && required < 0) {
                required = i;
                inverted = true;
            } else if (role == ColumnWords.Role.DESCRIPTION && description < 0) description = i;
            else if (role == ColumnWords.Role.DEFAULT && def < 0) def = i;
            else if (role == ColumnWords.Role.IN && in < 0) in = i;
            else if (role == ColumnWords.Role.EXAMPLE && example < 0) example = i;
            else if (role != null) continue;
            else if (restrictions < 0 && RESTRICTIONS.contains(h)) restrictions = i;
            else if (status < 0 && STATUS.contains(h)) status = i;
            else if (value < 0 && (h.equals("value") || h.equals("values"))) value = i;
        }
        if (type >= 0 && in < 0 && locations(table, type)) {
            // swagger2markup: |Type|Name|Description|Schema|Default| whose Type says **Path** or **Query**
            in = type;
            type = -1;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).text().strip().equalsIgnoreCase("schema")) type = i;
            }
        }
        return new TableColumns(name, type, required, inverted, description, def, in, example, restrictions, status, value);
    }

    private static boolean locations(MarkdownBlocks.Table table, int column) {
        int n = 0;
        for (List<MarkdownBlocks.Cell> row : table.rows()) {
            String c = cell(row, column);
            if (c != null && c.replace("*", "").strip().toLowerCase(Locale.ROOT).matches("path|query|header|body|formdata|form|cookie")) n++;
        }
        return n > 0 && n * 2 >= table.rows().size();
    }

    /** Whether the table lists fields or parameters: a name column and something said of each. */
    boolean isFieldTable() {
        return name >= 0 && (type >= 0 || description >= 0 || required >= 0);
    }

    /** Whether the table lists responses by status ({@code |Status|Meaning|Description|Schema|}). */
    boolean isStatusTable() {
        return status >= 0 && name < 0;
    }

    /** Whether the table lists the values of fields named in another ({@code |Parameter|Value|}, Widdershins). */
    boolean isValueTable() {
        return name >= 0 && value >= 0 && type < 0 && required < 0;
    }

    static @Nullable String cell(List<MarkdownBlocks.Cell> row, int column) {
        return column >= 0 && column < row.size() ? row.get(column).text() : null;
    }

    static int offset(List<MarkdownBlocks.Cell> row, int column, int fallback) {
        return column >= 0 && column < row.size() ? row.get(column).offset() : fallback;
    }
}
