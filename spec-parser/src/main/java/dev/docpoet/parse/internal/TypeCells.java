package dev.docpoet.parse.internal;

import dev.docpoet.spec.ParserCode;
import org.jspecify.annotations.Nullable;

/**
 * A field's type as a block format writes it, in a GitBook {@code type="…"} attribute or a ReadMe table's Type cell:
 * read as a type expression; a value written where the type goes ({@code 1}) or prose ({@code float in the range (0,
 * 1]}) is a located warning, read as its first word when that is a type, else as a string (a parameter, as on the
 * wire) or any value. One helper, so that both formats read a type the same way.
 */
public final class TypeCells {
    private TypeCells() {}

    /**
     * @param orElse what a type that names nothing is read as, {@link Kind#STRING} or {@link Kind#ANY}
     * @param usual the fix that names the types the format's editor offers
     */
    public static void apply(FieldNode node, @Nullable String written, SourceText src, int offset, DiagnosticSink sink, Kind orElse,
            String usual) {
        if (written == null || written.isBlank()) return;
        TypeExpression type = TypeExpression.parse(written);
        boolean valueForType = !type.literals().isEmpty() && type.alternatives().isEmpty();
        if (type.recognized() && !valueForType) {
            node.applyType(type);
            return;
        }
        TypeExpression leading = valueForType ? null : TypeExpression.leadingWord(written);
        String read = leading != null ? "reads it as its first word, `" + written.strip().split("[\\s(,:]")[0] + "`"
                + (leading.format() != null ? " with format `" + leading.format() + "`" : "")
                : orElse == Kind.STRING ? "reads the parameter as a string" : "treats it as any value";
        sink.report(ParserCode.SpecUnknownType, src.location(offset), "type `" + written + "` of `" + node.name + "` names no JSON type; docpoet "
                + read, TypeExpression.hint(written, usual));
        if (leading != null) {
            node.applyType(leading);
        } else {
            node.kind = orElse;
        }
    }
}
