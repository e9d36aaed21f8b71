package dev.docpoet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance checks on the two seed pages in ../shared/seeds (skipped when absent). */
class SeedAcceptanceTest {
    private static Path seed(String name) {
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && dir != null; i++, dir = dir.getParent()) {
            Path p = dir.resolveSibling("shared").resolve("seeds").resolve(name);
            if (Files.isRegularFile(p)) return p;
        }
        assumeTrue(false, "../shared/seeds is absent: seed acceptance skipped");
        return null;
    }

    private static JsonNode openapi(Path seed) throws Exception {
        CliRun run = CliRun.of("openapi", seed.toString());
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void redoclySeed() throws Exception {
        JsonNode op = openapi(seed("003_e872a38cc95d17c8.txt")).at("/paths/~1v2~1conversations~1{id}/get");
        assertTrue(op.isObject());
        assertEquals("Featurebase-Version", op.at("/parameters/0/name").asText());
        assertEquals("header", op.at("/parameters/0/in").asText());
        assertEquals("id", op.at("/parameters/1/name").asText());
        assertEquals("path", op.at("/parameters/1/in").asText());
        assertTrue(op.at("/security/0").has("bearerAuth"));
        JsonNode ok = op.at("/responses/200/content/application~1json/schema");
        assertEquals(List.of("object", "id", "title", "state", "isBlocked", "priority", "prioritySetAt", "adminAssigneeId",
                "teamAssigneeId", "userPreferredLanguage", "source", "participants", "botConversationState",
                "botConversationStateLastUpdatedAt", "disableCustomerReply", "awaitingCustomerReply", "lastActivityAt",
                "waitingSince", "snoozedUntil", "createdAt", "updatedAt", "readReceipts", "conversationParts"),
                names(ok.get("properties")));
        JsonNode priority = ok.at("/properties/prioritySetAt");
        assertEquals("[\"string\",\"null\"]", priority.get("type").toString());
        assertEquals("date-time", priority.get("format").asText());
        assertTrue(ok.get("required").toString().contains("\"prioritySetAt\""), "required and nullable");
        assertEquals("[\"customer\",\"lead\",\"admin\",\"bot\",\"guest\",\"integration\"]",
                ok.at("/properties/source/properties/author/properties/type/enum").toString());
        assertEquals("[\"open\",\"closed\",\"snoozed\"]", ok.at("/properties/state/enum").toString());
        assertFalse(ok.get("required").toString().contains("\"title\""));
        JsonNode participant = ok.at("/properties/participants/items/properties");
        assertEquals(List.of("type", "id"), names(participant));
        assertEquals("example", participant.at("/id/x-docpoet-inferred").asText());
        JsonNode part = ok.at("/properties/conversationParts/items/properties");
        assertTrue(names(part).containsAll(List.of("object", "id", "partType", "bodyHtml", "author", "channel", "createdAt", "body")), names(part).toString());
        assertEquals("[\"user_msg\",\"admin_msg\",\"bot_msg\"]", part.at("/partType/x-docpoet-known-values").toString());
        assertEquals("prose", part.at("/body/x-docpoet-inferred").asText());
        JsonNode status = op.at("/responses/404/content/application~1json/schema/properties/error/properties/status");
        assertEquals("number", status.get("type").asText());
        assertEquals("[404]", status.get("enum").toString());
        assertEquals("conversation", op.at("/responses/200/content/application~1json/example/object").asText());
    }

    @Test
    void mintlifySeed() throws Exception {
        JsonNode op = openapi(seed("000_76523d98f8f1dbb7.txt")).at("/paths/~1v1~1api~1conversations~1{conversationId}/get");
        assertEquals("x-workspace-id", op.at("/parameters/0/name").asText());
        assertEquals("header", op.at("/parameters/0/in").asText());
        assertEquals("conversationId", op.at("/parameters/1/name").asText());
        assertEquals("path", op.at("/parameters/1/in").asText());
        JsonNode ok = op.at("/responses/200/content/application~1json");
        assertEquals(List.of("name", "email", "phone"), names(ok.at("/schema/properties/customer/properties")));
        assertEquals(List.of("direction", "sent", "message", "status", "_id", "createdAt", "updatedAt"),
                names(ok.at("/schema/properties/messages/items/properties")));
        assertEquals("Test Customer Name", ok.at("/example/customer/name").asText());
    }
}
