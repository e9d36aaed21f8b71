package dev.docpoet.parse.internal.infer;

import java.util.List;

/**
 * A list of fields written in prose: "Each conversation part includes: - id - Unique part identifier - …".
 *
 * @param subject what the list describes, normalised ({@code conversationpart})
 * @param root whether it describes the whole response ("Returns a single conversation object with:")
 */
record ProseList(String subject, boolean root, List<Item> items) {
    record Item(String name, String description, int offset) {}
}
