package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identical error bodies across endpoints are one type (same name, same shape); enums with the same values but
 * different fields keep names of their own (the same values do not make the same meaning); a one-value enum is a
 * constant of its record.
 */
class SharedTypesTest {
    @Test
    void identicalShapesUnderOneNameAreGeneratedOnce() throws IOException {
        Compilation c = Compiler.compile(Compiler.api("@ApiDocs(\"shared\")", ""));
        assertThat(c).succeededWithoutWarnings();
        List<String> types = c.generatedSourceFiles().stream()
                .map(f -> f.getName().replaceFirst(".*/", "").replace(".java", "")).sorted().toList();
        assertEquals(List.of("NotFoundError", "Plan", "Team", "User", "UserTier"), types);
        String notFound = c.generatedSourceFile("test.NotFoundError").orElseThrow().getCharContent(true).toString();
        assertTrue(notFound.contains("public static final Long CODE = 404L;"), "a one-value enum is a constant: " + notFound);
        String team = c.generatedSourceFile("test.Team").orElseThrow().getCharContent(true).toString();
        String user = c.generatedSourceFile("test.User").orElseThrow().getCharContent(true).toString();
        assertTrue(team.contains("@Nullable Plan plan"), team);
        assertTrue(user.contains("UserTier tier"), user);
    }
}
