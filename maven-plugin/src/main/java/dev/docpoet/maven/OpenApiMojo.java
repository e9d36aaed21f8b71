package dev.docpoet.maven;

import dev.docpoet.codegen.SourceWriter;
import dev.docpoet.openapi.OpenApiExporter;
import dev.docpoet.spec.ApiModel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Writes the OpenAPI 3.1 export of the docs (as {@code ./docpoet openapi}). */
@Mojo(name = "openapi", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class OpenApiMojo extends DocsFolderMojo {
    @Parameter(property = "docpoet.openapiFile", defaultValue = "${project.build.directory}/docpoet/openapi.json")
    File outputFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ApiModel model = docs().model();
        int[] found = buildLog().print(model.allDiagnostics());
        if (found[0] > 0) throw new MojoFailureException("docpoet: " + found[0] + " errors in the docs (above); no export written");
        try {
            SourceWriter.writeAtomically(outputFile.toPath(), (OpenApiExporter.toJson(model, Map.of()) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("docpoet: cannot write " + outputFile + ": " + e.getMessage(), e);
        }
        getLog().info("docpoet: wrote " + outputFile + " (" + model.endpoints().size() + " endpoints)");
    }
}
