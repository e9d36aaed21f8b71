package dev.docpoet.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** How generated types are named: the package and the names the user pins. */
final class TypeOptions {
    @Option(names = "--type-name", paramLabel = "BODY=NAME",
            description = "Fix a generated type's name, e.g. --type-name \"GET /fetch/{ns} 200=Vector\" (repeatable; see the README, Names).")
    List<String> typeNames = new ArrayList<>();
}
