package dev.docpoet.parse.internal.readme;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What each column of a ReadMe parameters table holds, from its header as authors write it, in English and the other
 * languages API docs are written in: the field's name, type, whether it is required, its description, default,
 * example and where a parameter goes. Headers are matched by their words, so "Parameter name", "Campo", "Тип" and
 * "Required/Optional" all read.
 */
record Columns(int name, int type, int required, int description, int defaultValue, int example, int in, boolean optionalColumn) {
    enum Role { NAME, TYPE, REQUIRED, OPTIONAL, DESCRIPTION, DEFAULT, EXAMPLE, IN }

    /** Words of a header, by the role they give; the first role a header's words name wins, in this order. */
    private static final Map<Role, List<String>> WORDS = Map.of(
            Role.IN, List.of("in", "location", "param type", "parameter type", "ubicacion", "local", "localizacao"),
            Role.TYPE, List.of("type", "data type", "datatype", "format", "tipo", "tipo de dato", "tipo de dado", "typ", "тип", "类型", "型",
                    "타입", "유형", "kind", "value type"),
            Role.REQUIRED, List.of("required", "require", "mandatory", "requerido", "obligatorio", "obrigatorio", "obligatoire", "requis",
                    "erforderlich", "pflicht", "必填", "必須", "필수", "обязательный", "обязательно", "req", "required/optional",
                    "require/optional", "required?"),
            Role.OPTIONAL, List.of("optional", "opcional", "facultatif", "optional?"),
            Role.DEFAULT, List.of("default", "default value", "padrao", "por defecto", "valor padrao", "valor por defecto", "defaut",
                    "standard", "默认值", "기본값"),
            Role.EXAMPLE, List.of("example", "sample", "sample value", "example value", "ejemplo", "exemplo", "beispiel", "示例", "예시", "пример"),
            Role.NAME, List.of("name", "parameter", "parameters", "param", "params", "field", "fields", "attribute", "attributes", "property",
                    "properties", "key", "argument", "arguments", "parameter name", "field name", "property name", "nombre", "nome", "campo",
                    "parametro", "atributo", "propiedad", "propriedade", "champ", "parametre", "nom", "feld", "имя", "параметр", "поле",
                    "参数", "参数名", "字段", "名称", "パラメータ", "项目", "이름", "파라미터", "필드", "속성", "query parameter", "header",
                    "path parameter", "body parameter"),
            Role.DESCRIPTION, List.of("description", "descriptions", "details", "detail", "notes", "note", "meaning", "comment", "comments",
                    "descripcion", "descricao", "beschreibung", "описание", "描述", "说明", "説明", "설명", "value", "values", "explanation"));

    private static final List<Role> ORDER = List.of(Role.IN, Role.REQUIRED, Role.OPTIONAL, Role.TYPE, Role.DEFAULT, Role.EXAMPLE, Role.NAME, Role.DESCRIPTION);

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
        if (h.isEmpty()) return null;
        for (Role r : ORDER) {
            for (String w : WORDS.get(r)) if (h.equals(w)) return r;
        }
        // "Parameter Name", "Field type", "Is required": a header naming its role among other words
        for (Role r : ORDER) {
            for (String w : WORDS.get(r)) {
                if (w.length() > 3 && (" " + h + " ").contains(" " + w + " ")) return r;
            }
        }
        return null;
    }

    /** A header or cell as plain lower-case text: markdown, accents and punctuation at the ends removed. */
    static String plain(String s) {
        String t = s.replaceAll("[*_`]", "").replaceAll("<[^>]+>", " ").strip();
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return t.toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}\\s]+|[.:\\s]+$", "").replaceAll("\\s+", " ");
    }
}
