package dev.docpoet.parse.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one list of the words a field or parameter table's header uses for each column, in English and the other
 * languages API docs are written in, shared by the GFM-table reader (which takes a header only when it is one of
 * them) and the ReadMe reader (which also takes a header that names one among other words, "Parameter name").
 */
public final class ColumnWords {
    /** What a column holds. */
    public enum Role { NAME, TYPE, REQUIRED, OPTIONAL, DESCRIPTION, DEFAULT, EXAMPLE, IN }

    private static final Map<Role, List<String>> WORDS = Map.of(
            Role.IN, List.of("in", "location", "placement", "param type", "parameter type", "where", "ubicacion", "local", "localizacao"),
            Role.TYPE, List.of("type", "types", "data type", "datatype", "value type", "schema", "format", "kind", "tipo", "tipo de dato",
                    "tipo de dado", "typ", "тип", "类型", "型", "타입", "유형"),
            Role.REQUIRED, List.of("required", "required?", "require", "mandatory", "req", "req.", "required/optional", "require/optional",
                    "requerido", "obligatorio", "obrigatorio", "obligatoire", "requis", "erforderlich", "pflicht", "必填", "必須", "필수",
                    "обязательный", "обязательно"),
            Role.OPTIONAL, List.of("optional", "optional?", "opcional", "facultatif"),
            Role.DEFAULT, List.of("default", "defaults", "default value", "padrao", "por defecto", "valor padrao", "valor por defecto", "defaut",
                    "standard", "默认值", "기본값"),
            Role.EXAMPLE, List.of("example", "examples", "sample", "sample value", "example value", "ejemplo", "exemplo", "beispiel", "示例",
                    "예시", "пример"),
            Role.NAME, List.of("name", "parameter", "parameters", "param", "params", "field", "fields", "attribute", "attributes", "property",
                    "properties", "key", "argument", "arguments", "arg", "element", "member", "parameter name", "field name", "property name",
                    "attribute name", "query parameter", "path parameter", "body parameter", "header", "nombre", "nome", "campo", "parametro",
                    "atributo", "propiedad", "propriedade", "champ", "parametre", "nom", "feld", "имя", "параметр", "поле", "参数", "参数名",
                    "字段", "名称", "パラメータ", "项目", "이름", "파라미터", "필드", "속성"),
            Role.DESCRIPTION, List.of("description", "descriptions", "desc", "details", "detail", "notes", "note", "meaning", "comment",
                    "comments", "remarks", "info", "explanation", "descripcion", "descricao", "beschreibung", "описание", "描述", "说明", "説明",
                    "설명"));

    /** The first role a header's words name wins, in this order. */
    private static final List<Role> ORDER = List.of(Role.IN, Role.REQUIRED, Role.OPTIONAL, Role.TYPE, Role.DEFAULT, Role.EXAMPLE, Role.NAME,
            Role.DESCRIPTION);

    private ColumnWords() {}

    /** The role a header names exactly ("Required?", "Data type", "Tipo"); null when it is none of the words. */
    public static @Nullable Role exact(String header) {
        String h = plain(header);
        if (h.isEmpty()) return null;
        for (Role r : ORDER) {
            if (WORDS.get(r).contains(h)) return r;
        }
        return null;
    }

    /** The role a header names exactly or among other words ("Parameter Name", "Is required"); null when none. */
    public static @Nullable Role within(String header) {
        Role exact = exact(header);
        if (exact != null) return exact;
        String h = " " + plain(header) + " ";
        for (Role r : ORDER) {
            for (String w : WORDS.get(r)) {
                if (w.length() > 3 && h.contains(" " + w + " ")) return r;
            }
        }
        return null;
    }

    /** A header or cell as plain lower-case text: markdown, accents and punctuation at the ends removed. */
    public static String plain(String s) {
        String t = s.replaceAll("[*_`]", "").replaceAll("<[^>]+>", " ").strip();
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}\\s]+|[.:\\s]+$", "").replaceAll("\\s+", " ");
    }
}
