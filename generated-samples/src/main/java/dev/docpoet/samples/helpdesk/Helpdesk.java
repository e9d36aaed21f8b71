package dev.docpoet.samples.helpdesk;

import dev.docpoet.ApiDocs;

/**
 * The helpdesk API as its docs in {@code src/main/docs/helpdesk} describe it. Compiling this interface generates
 * {@code Ticket}, {@code GetThreadResponse}, {@code AgentList}, {@code NotFoundError} (each with {@code validate()}) and their enums.
 * The docs leave some types to inference, each a warning (which {@code -Werror} would fail on): timestamps typed
 * date-time from their examples, the open enums {@code channel} and {@code kind} from "e.g." lists, and a thread
 * message's fields from the example. Checked and right, they are silenced by code.
 */
@SuppressWarnings({"docpoet:InferDateTime", "docpoet:InferEnumFromProse", "docpoet:InferFieldsFromExample"})
@ApiDocs("helpdesk")
public interface Helpdesk {}
