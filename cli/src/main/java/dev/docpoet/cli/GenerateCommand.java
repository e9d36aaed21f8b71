package dev.docpoet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code docpoet generate}: placeholder until the generator lands (issue 3). */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate Java sources from docs.")
final class GenerateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 2;
    }
}
