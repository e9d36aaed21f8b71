package dev.docpoet.parse.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a dialect reader found on a page, before inference, lint and freezing. */
public final class PageDraft {
    public @Nullable String title;
    public final List<EndpointDraft> endpoints = new ArrayList<>();
}
