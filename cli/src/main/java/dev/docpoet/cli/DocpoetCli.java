package dev.docpoet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code docpoet} command and its subcommands. Exit codes: 0 fine, 1 error diagnostics, 2 usage. */
@Command(
        name = "docpoet",
        mixinStandardHelpOptions = true,
        version = "docpoet 0.1.0-SNAPSHOT",
        description = "Reads API reference docs (Mintlify MDX, Redocly markdown) and turns them into OpenAPI or typed Java.",
        subcommands = {OpenApiCommand.class, LintCommand.class, InspectCommand.class, GenerateCommand.class, CommandLine.HelpCommand.class})
public final class DocpoetCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: openapi, lint, inspect or generate");
    }

    public static int run(String... args) {
        return new CommandLine(new DocpoetCli()).execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
