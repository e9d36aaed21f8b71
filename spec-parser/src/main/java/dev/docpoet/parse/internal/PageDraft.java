package dev.docpoet.parse.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a dialect reader found on a page, before inference, lint and freezing. */
public final class PageDraft {
    public @Nullable String title;
    public final List<EndpointDraft> endpoints = new ArrayList<>();
    /** The entities the page documents (attribute-heading pages), each a component of the doc set. */
    public final List<EntityDraft> entities = new ArrayList<>();

    /**
     * One entity: its name, the anchor other pages reach it by ({@code entities/Account#Field}), and its fields.
     *
     * @param anchor the section's {@code {#id}}, or null for the page's first entity
     */
    public record EntityDraft(String name, @Nullable String anchor, BodyDraft body, String description) {}
}
