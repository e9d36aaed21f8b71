package dev.docpoet.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The bytes of both locks for a one-page set, for {@link LockBytesTest} to make in a class loader of its own. */
public final class LockBytes {
    private LockBytes() {}

    /** The API lock's bytes, then the sources lock's (whose apiHash is of the former), of {@link AcmeSite#GET_TICKET}. */
    public static byte[] of(Path folder) throws IOException, FetchException {
        Files.writeString(folder.resolve("get.md"), AcmeSite.GET_TICKET);
        Contracts c = Contracts.of(folder, List.of());
        SourcesLock lock = new SourcesLock("acme", new SourcesLock.Origin("https://docs.acme.dev", List.of(), List.of(),
                List.of("api-reference/**"), List.of()), c.hash(), List.of(new SourcesLock.Entry("get.md", "https://docs.acme.dev/get.md",
                        PageText.hash("get.md", AcmeSite.GET_TICKET.getBytes(StandardCharsets.UTF_8)), "\"e\"", null)));
        byte[] api = c.lock().toJson();
        byte[] sources = lock.toJson();
        byte[] both = new byte[api.length + sources.length];
        System.arraycopy(api, 0, both, 0, api.length);
        System.arraycopy(sources, 0, both, api.length, sources.length);
        return both;
    }
}
