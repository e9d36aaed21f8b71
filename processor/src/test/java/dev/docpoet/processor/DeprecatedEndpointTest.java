package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An endpoint the docs mark deprecated is deprecated in Java: javac warns where user code calls it, and the generated
 * code itself compiles without a warning.
 */
class DeprecatedEndpointTest {
    private static String source(Compilation c, String type) throws Exception {
        return c.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
    }

    @Test
    void theCompanionAndTheClientMarkOnlyTheDeprecatedEndpoint() throws Exception {
        Compilation c = Compiler.compileWithClient(Compiler.api("@ApiDocs(\"deprecated\")", ""));
        assertThat(c).succeededWithoutWarnings();
        String companion = source(c, "test.ApiEndpoints");
        // GET /v1/search and GET /v2/search both want `search` (a version names no group): the deprecated one yields
        // and takes its title's name; its method and async twin are deprecated, the required `q` leaves no short form
        assertEquals(2, companion.split("@Deprecated\n    ", -1).length - 1, companion);
        assertTrue(companion.contains("@deprecated the docs mark {@code GET /v1/search} deprecated"), companion);
        assertTrue(companion.contains("SearchResponse searchOldWay(SearchOldWayParams params);"), companion);
        assertTrue(companion.contains("SearchResponse search(SearchParams params);"), companion);
        String client = source(c, "test.ApiClient");
        assertEquals(2, client.split("@Deprecated\n    ", -1).length - 1, client);
        assertFalse(companion.contains("@Deprecated\n    SearchResponse search("), companion);
    }

    @Test
    void callingItWarnsInUserCode() {
        JavaFileObject api = Compiler.api("@ApiDocs(\"deprecated\")", "");
        JavaFileObject user = JavaFileObjects.forSourceString("test.User", """
                package test;

                class User {
                    Object call(ApiEndpoints api) {
                        return api.searchOldWay(SearchOldWayParams.builder().q("cats").build());
                    }
                }
                """);
        Compilation c = Compiler.compileWithClient(api, user);
        assertThat(c).failed();
        assertThat(c).hadWarningContaining("searchOldWay").inFile(user).onLineContaining("searchOldWay");
    }
}
