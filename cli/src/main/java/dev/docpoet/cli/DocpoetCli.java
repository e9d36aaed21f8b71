package dev.docpoet.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code docpoet} command and its subcommands. Exit codes: 0 fine, 1 error diagnostics, 2 usage. */
@Command(
        name = "docpoet",
        mixinStandardHelpOptions = true,
        versionProvider = DocpoetCli.Version.class,
        description = "Reads API reference docs (Mintlify MDX, Redocly markdown) and turns them into OpenAPI or typed Java.",
        subcommands = {OpenApiCommand.class, LintCommand.class, InspectCommand.class, GenerateCommand.class, DiffCommand.class, FetchCommand.class,
                CommandLine.HelpCommand.class})
public final class DocpoetCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code docpoet --version}: the version fingerprints record, from the build rather than a literal. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {dev.docpoet.codegen.Fingerprint.GENERATOR};
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: openapi, lint, inspect, generate, diff or fetch");
    }

    public static int run(String... args) {
        return execute(commandLine(), args);
    }

    /** Runs a command line; running out of memory is one line that says how to give the JVM more, never a trace. */
    private static int execute(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            cl.getErr().println("docpoet: ran out of memory (a Java heap of at most " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MiB) on " + String.join(" ", args) + ": give the JVM a larger heap (java -Xmx1g -jar …, or JAVA_TOOL_OPTIONS=-Xmx1g"
                    + " for ./docpoet)");
            cl.getErr().flush();
            return 1;
        }
    }

    private static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new DocpoetCli());
        cl.setExecutionExceptionHandler(DocpoetCli::handle);
        return cl;
    }

    /** Turns failures into one clear line: a missing path is a usage error, anything else an error, never a trace. */
    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof java.io.FileNotFoundException || e instanceof java.nio.file.NoSuchFileException) {
            cl.getErr().println("docpoet: " + e.getMessage());
            cl.getErr().flush();
            return 2;
        }
        if (e instanceof dev.docpoet.parse.UnreadableDocsException) {
            cl.getErr().println("docpoet: " + e.getMessage());
        } else if (e instanceof java.io.IOException) {
            cl.getErr().println("docpoet: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        } else {
            // a bug of ours: say so, ask for a report, and keep the trace for it (one line on the terminal)
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            cl.getErr().println("docpoet: internal error, please report it with the docs attached: " + e + " [CliInternalError]");
            cl.getErr().print(trace.toString().lines().skip(1).limit(8).map(l -> "  " + l.strip() + "\n").reduce("", String::concat));
        }
        cl.getErr().flush();
        return 1;
    }

    /** Runs with the given streams, for tests and embedding. */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return execute(cl, args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
