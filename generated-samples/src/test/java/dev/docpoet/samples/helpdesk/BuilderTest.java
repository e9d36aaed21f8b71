package dev.docpoet.samples.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records with optional components have builders: required values checked at build(), copies through toBuilder(). */
class BuilderTest {
    private static Ticket.Requester ada() {
        return Ticket.Requester.builder().name("Ada").email("ada@example.com").build();
    }

    @Test
    void aBuilderLeavesOptionalValuesOutAndChecksRequiredOnes() {
        Ticket t = Ticket.builder().underscoreId("65f0").id("T-1").subject("Printer on fire").priority(TicketPriority.URGENT)
                .requester(ada()).createdAt(OffsetDateTime.parse("2026-01-02T03:04:05Z")).putAdditionalProperty("sla", "gold").build();
        assertEquals(List.of(), t.replies(), "an optional list left out is empty, never null");
        assertEquals(Map.of("sla", "gold"), t.additionalProperties());
        assertEquals(List.of(), t.validate());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> Ticket.builder().id("T-2").build());
        assertEquals("`_id` is required: set it with underscoreId(…)", missing.getMessage());
        assertThrows(NullPointerException.class, () -> Ticket.builder().subject(nullString()));
    }

    @Test
    void toBuilderCopiesEverythingAndChangesOnlyWhatIsSet() {
        Ticket t = Ticket.builder().underscoreId("65f0").id("T-1").subject("a").priority(TicketPriority.LOW).requester(ada())
                .createdAt(OffsetDateTime.parse("2026-01-02T03:04:05Z")).tags(List.of("x")).putAdditionalProperty("k", 1).build();
        Ticket changed = t.toBuilder().subject("b").build();
        assertEquals("b", changed.subject());
        assertEquals(t.tags(), changed.tags());
        assertEquals(t.additionalProperties(), changed.additionalProperties());
        assertEquals(t, changed.toBuilder().subject("a").build());
    }

    private static String nullString() {
        return null;
    }
}
