package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.ApiModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The README's rule for client method names: the title, else verb and path without versions, else with them. */
class ClientNamingTest {
    /** Method name by endpoint, for pages given as title (or null) and endpoint line. */
    private static Map<String, String> names(String... titleAndEndpoint) {
        List<ApiDocument> docs = new ArrayList<>();
        for (int i = 0; i < titleAndEndpoint.length; i += 2) {
            String page = (titleAndEndpoint[i] == null ? "" : "# " + titleAndEndpoint[i] + "\n\n") + "Endpoint: " + titleAndEndpoint[i + 1]
                    + "\n\n## Response 200 fields (application/json):\n\n  - `id` (string, required)\n";
            docs.add(DocParser.parse("p" + i + ".md", page.getBytes(StandardCharsets.UTF_8)));
        }
        Map<String, String> out = new TreeMap<>();
        for (Operation op : CodeGenerator.generate(ApiModel.of(docs), new CodeGenerator.Options("a", s -> s), null).operations()) {
            out.put(op.signature(), op.methodName());
        }
        return out;
    }

    @Test
    void theTitleInLowerCamelWithoutArticles() {
        assertEquals(Map.of("GET /v1/tickets/{id}", "getTicket", "POST /v1/tickets/{id}/close", "closeTicketForGood"),
                names("Get a ticket", "GET /v1/tickets/{id}", "Close the ticket for good.", "POST /v1/tickets/{id}/close"));
    }

    @Test
    void withoutATitleOrWithAnotherPagesTitleVerbAndPathWithoutVersions() {
        assertEquals(Map.of("GET /v2/conversations/{id}", "getConversationsById", "GET /v2/users", "getUsers",
                        "DELETE /v2/users/{id}", "deleteUsersById"),
                names(null, "GET /v2/conversations/{id}", "Users", "GET /v2/users", "Users", "DELETE /v2/users/{id}"));
    }

    @Test
    void versionsWhereOnlyTheyTellTwoEndpointsApart() {
        assertEquals(Map.of("GET /v1/users", "getV1Users", "GET /v2/users", "getV2Users"),
                names(null, "GET /v1/users", null, "GET /v2/users"));
    }

    @Test
    void neverAKeywordOrAClientMember() {
        assertEquals(Map.of("GET /a", "newEndpoint", "GET /b", "withOptionsEndpoint", "GET /c", "toStringEndpoint"),
                names("New", "GET /a", "With options", "GET /b", "To string", "GET /c"));
    }
}
