package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.ParserCode;
import dev.docpoet.spec.SourceLocation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the CLI's --suppress and the plugin's <suppress> leave unprinted: the values @SuppressWarnings takes. */
class SuppressionsTest {
    private static Diagnostic of(ParserCode code) {
        return new Diagnostic(code, "m", new SourceLocation("p.mdx", 1, 1), null);
    }

    @Test
    void aCodeHidesItsWarningsAndDocpoetHidesEveryWarningButNeverAnError() {
        Suppressions one = Suppressions.of(List.of("docpoet:InferDateTime"));
        assertTrue(one.hides(of(ParserCode.InferDateTime)));
        assertFalse(one.hides(of(ParserCode.InferEnumFromProse)));
        Suppressions all = Suppressions.of(List.of("docpoet"));
        assertTrue(all.hides(of(ParserCode.InferEnumFromProse)));
        assertTrue(all.hides(of(ParserCode.LintDuplicateField)));
        assertFalse(all.hides(of(ParserCode.SpecUnclosedTag)), "errors always print");
        assertFalse(all.hides(of(ParserCode.InferResponseExample)), "infos are --quiet-info's business");
        assertFalse(Suppressions.none().hides(of(ParserCode.InferDateTime)));
    }

    @Test
    void aCommaSeparatedValueIsSeveralAndTheGeneratorsCodesCount() {
        Suppressions s = Suppressions.of(List.of("docpoet:InferDateTime, docpoet:GenNameConflict"));
        assertTrue(s.hides(of(ParserCode.InferDateTime)));
        assertTrue(s.hides(new Diagnostic(GeneratorCode.GenNameConflict, "m", new SourceLocation("p.mdx", 1, 1), null)));
    }

    @Test
    void aValueThatNamesNoCodeIsRefusedWithADidYouMean() {
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> Suppressions.of(List.of("docpoet:InferDateTim")));
        assertEquals("`docpoet:InferDateTim` names no docpoet warning; write docpoet (all) or docpoet:CODE (did you mean"
                + " docpoet:InferDateTime?)", typo.getMessage());
        IllegalArgumentException bare = assertThrows(IllegalArgumentException.class, () -> Suppressions.of(List.of("InferDateTime")));
        assertTrue(bare.getMessage().contains("did you mean docpoet:InferDateTime?"), bare.getMessage());
    }
}
