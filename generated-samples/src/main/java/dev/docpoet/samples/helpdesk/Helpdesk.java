package dev.docpoet.samples.helpdesk;

import dev.docpoet.ApiDocs;

/**
 * The helpdesk API as its docs in {@code src/main/docs/helpdesk} describe it. Compiling this interface generates
 * {@code Ticket}, {@code GetThreadResponse}, {@code AgentList}, {@code NotFoundError}, their validators and enums.
 */
@ApiDocs("helpdesk")
public interface Helpdesk {}
