package dev.docpoet.fetch;

/** A small Mintlify site for the fetch tests, as {@link DocsSite} serves it: pages, a stub page and its spec with a ref. */
public final class AcmeSite {
    public static final String GET_TICKET = """
            ---
            title: Get a ticket
            api: 'GET /v1/tickets/{id}'
            ---

            Returns one ticket.

            <ParamField path="id" type="string" required>The ticket's id.</ParamField>

            <ResponseField name="id" type="string" required>The ticket's id.</ResponseField>
            <ResponseField name="subject" type="string" required>What the requester wrote as the subject.</ResponseField>
            <ResponseField name="priority" type="string">How urgent it is.</ResponseField>
            """;

    public static final String LIST_AGENTS = """
            ---
            title: List agents
            openapi: /api-reference/openapi.json GET /v1/agents
            ---
            """;

    public static final String SLOW = """
            ---
            title: Close a ticket
            api: 'POST /v1/tickets/{id}/close'
            ---

            <ParamField path="id" type="string" required>The ticket's id.</ParamField>

            <ResponseField name="closed" type="boolean" required>Always true.</ResponseField>
            """;

    public static final String RENAMED = """
            ---
            title: Delete a ticket
            api: 'DELETE /v1/tickets/{id}'
            ---

            <ParamField path="id" type="string" required>The ticket's id.</ParamField>
            """;

    public static final String SPEC = """
            {
              "openapi": "3.1.0",
              "info": {"title": "Acme", "version": "1"},
              "servers": [{"url": "https://api.acme.example"}],
              "paths": {
                "/v1/agents": {
                  "get": {
                    "operationId": "listAgents",
                    "responses": {
                      "200": {
                        "description": "The agents",
                        "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "schemas/agent.json"}}}}
                      }
                    }
                  }
                }
              }
            }
            """;

    public static final String AGENT = """
            {
              "type": "object",
              "required": ["id", "name"],
              "properties": {
                "id": {"type": "string"},
                "name": {"type": "string"},
                "status": {"type": "string", "enum": ["online", "away"]}
              }
            }
            """;

    private AcmeSite() {}

    /** The site: an index of five pages (one a 404, one slow, one a redirect) and a spec; the introduction is no API page. */
    public static DocsSite serve() throws java.io.IOException {
        DocsSite site = new DocsSite();
        String u = site.url();
        site.put("/llms.txt", "# Acme\n\n> The Acme helpdesk.\n\n## Docs\n\n"
                + "- [Introduction](" + u + "/introduction.md): start here\n"
                + "- [Get a ticket](" + u + "/api-reference/tickets/get.md)\n"
                + "- [List agents](" + u + "/api-reference/agents/list.md)\n"
                + "- [Close a ticket](" + u + "/api-reference/tickets/close.md)\n"
                + "- [Delete a ticket](/api-reference/tickets/delete)\n"
                + "- [An old page](" + u + "/api-reference/gone.md)\n\n"
                + "## OpenAPI Specs\n\n- [openapi](" + u + "/api-reference/openapi.json)\n");
        site.page("/introduction", "---\ntitle: Introduction\n---\n\nWelcome.\n");
        site.page("/api-reference/tickets/get", GET_TICKET);
        site.page("/api-reference/agents/list", LIST_AGENTS);
        site.answer("/api-reference/tickets/close.md", 200, withHeader(site, SLOW), 1500, java.util.Map.of());
        site.redirect("/api-reference/tickets/delete.md", "/api-reference/tickets/remove.md");
        site.page("/api-reference/tickets/remove", RENAMED);
        site.put("/api-reference/openapi.json", SPEC);
        site.put("/api-reference/schemas/agent.json", AGENT);
        return site;
    }

    static String withHeader(DocsSite site, String mdx) {
        return "> ## Documentation Index\n> Fetch the complete documentation index at: " + site.url() + "/llms.txt\n\n" + mdx;
    }
}
