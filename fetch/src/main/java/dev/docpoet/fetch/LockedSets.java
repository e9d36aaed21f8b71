package dev.docpoet.fetch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The fetched sets of a docs folder, and what a set's folder may be called: the same for the CLI and the plugin. */
public final class LockedSets {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private LockedSets() {}

    /** Whether {@code name} may name a set's folder: letters, digits, '.', '_' and '-', never a dot first (no "..", no hidden folder). */
    public static boolean isName(String name) {
        return NAME.matcher(name).matches();
    }

    /** Every folder of {@code docs} that has a {@link SourcesLock#FILE_NAME}, sorted; none when {@code docs} is no folder. */
    public static List<Path> under(Path docs) throws IOException {
        if (!Files.isDirectory(docs)) return List.of();
        try (Stream<Path> list = Files.list(docs)) {
            return list.filter(p -> Files.isRegularFile(p.resolve(SourcesLock.FILE_NAME))).sorted().toList();
        }
    }
}
