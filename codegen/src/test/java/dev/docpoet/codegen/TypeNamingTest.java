package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docpoet.codegen.TypeNaming.Role;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.SourceLocation;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names a body asks for first, as a person would write them (resource + verb), and never the awkward ones. */
class TypeNamingTest {
    private static String first(String method, String path, Role role, String status) {
        Endpoint e = new Endpoint(method, path, null, null, null, null, List.of(), List.of(), null, List.of(), null,
                new SourceLocation("x.md", 1, 1));
        return TypeNaming.candidates(e, role, status, JavaNames.upperCamel(TypeNaming.statusPhrase(status)), false).get(0);
    }

    @ParameterizedTest(name = "{0} {1} {2} → {4}")
    @CsvSource({
        "GET,    /v2/conversations/{id},            SUCCESS, 200, Conversation",
        "GET,    /v1/tickets,                       SUCCESS, 200, TicketList",
        "POST,   /v1/tickets,                       REQUEST, '',  CreateTicketRequest",
        "POST,   /v1/tickets,                       SUCCESS, 201, CreateTicketResponse",
        "PATCH,  /v1/tickets/{id},                  REQUEST, '',  UpdateTicketRequest",
        "DELETE, /v1/tickets/{id},                  SUCCESS, 200, DeleteTicketResponse",
        "POST,   /v1/orders/{orderId}/cancel,       REQUEST, '',  CancelOrderRequest",
        "POST,   /query,                            REQUEST, '',  QueryRequest",
        "POST,   /query,                            SUCCESS, 200, QueryResponse",
        "POST,   /vectors/delete,                   REQUEST, '',  DeleteVectorsRequest",
        "DELETE, /vectors/delete,                   REQUEST, '',  DeleteVectorsRequest",
        "GET,    /vectors/fetch,                    SUCCESS, 200, FetchVectorsResponse",
        "GET,    /namespaces/list,                  SUCCESS, 200, ListNamespacesResponse",
        "GET,    /users/{id}/teams,                 SUCCESS, 200, TeamList",
        "GET,    /workspaces/{id}/personas/stats,   SUCCESS, 200, PersonaStats",
        "GET,    /events/v1beta1/webhooks,          SUCCESS, 200, WebhookList",
        "GET,    /identity/v1/users,                SUCCESS, 200, UserList",
        "GET,    /me,                               SUCCESS, 200, Me",
        "GET,    /users/{id}/detail,                SUCCESS, 200, UserDetail",
        "GET,    /v2/device/detail,                 SUCCESS, 200, DeviceDetail",
        "PUT,    /orders/{id}/status,               REQUEST, '',  UpdateOrderStatusRequest",
        "GET,    /v2/conversations/{id},            ERROR,   404, NotFoundError",
        "POST,   /v1/tickets,                       OTHER_SUCCESS, 202, CreateTicketResponse202",
    })
    void firstCandidate(String method, String path, Role role, String status, String expected) {
        assertEquals(expected, first(method, path, role, status));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        "GET, /subscriptions/v1beta1/async-operations/{id}, AsyncOperation SubscriptionAsyncOperation GetAsyncOperationResponse GetSubscriptionsAsyncOperationsIdResponse GetSubscriptionsV1beta1AsyncOperationsIdResponse",
        "GET, /tickets/{id}, Ticket GetTicketResponse GetTicketsIdResponse",
    })
    void laterCandidatesGrowThroughThePath(String method, String path, String expected) {
        Endpoint e = new Endpoint(method, path, null, null, null, null, List.of(), List.of(), null, List.of(), null,
                new SourceLocation("x.md", 1, 1));
        assertEquals(List.of(expected.split(" ")), TypeNaming.candidates(e, Role.SUCCESS, "200", "Ok", false));
    }

    @ParameterizedTest(name = "{0} {1} array → {2}")
    @CsvSource({
        "GET,  /models,          Model",
        "GET,  /v1/tickets/{id}, Ticket",
        "POST, /query,           QueryResult",
    })
    void anArrayBodyIsNamedAfterItsItems(String method, String path, String expected) {
        Endpoint e = new Endpoint(method, path, null, null, null, null, List.of(), List.of(), null, List.of(), null,
                new SourceLocation("x.md", 1, 1));
        assertEquals(expected, TypeNaming.candidates(e, Role.SUCCESS, "200", "Ok", true).get(0));
    }
}
