package dev.docpoet.samples.mine;

import dev.docpoet.ApiDocs;
import dev.docpoet.Endpoint;
import dev.docpoet.Param;
import dev.docpoet.client.ApiResponse;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The helpdesk API as a user declares the calls they make: docpoet binds each method to a documented endpoint and
 * generates {@code TicketsClient} implementing this interface (the models land in this package too). The inferences
 * silenced here are those of {@link dev.docpoet.samples.helpdesk.Helpdesk}: the same docs.
 */
@SuppressWarnings({"docpoet:InferDateTime", "docpoet:InferEnumFromProse", "docpoet:InferFieldsFromExample"})
@ApiDocs("helpdesk")
public interface Tickets {
    /** Binds by name: the doc titled "Get Ticket". */
    Ticket getTicket(String ticketId, @Param("x-tenant-id") String tenant);

    /** Binds by {@code @Endpoint}; leaves the optional {@code role} off, and wants the status and headers too. */
    @Endpoint("GET /v1/teams/{teamId}/agents")
    CompletableFuture<ApiResponse<AgentList>> agents(String teamId, @Nullable Long limit);

    /** The user's own method: default methods are left alone. */
    default String describe(Ticket t) {
        return t.id() + ": " + t.subject();
    }
}
