package dev.docpoet.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.docpoet.codegen.CodeGenerator;
import dev.docpoet.parse.DocParser;
import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The javac front end of docpoet. For each interface annotated with {@code @ApiDocs}, in four phases:
 * <ol>
 *   <li>scan: read the annotation's doc paths;</li>
 *   <li>model: find the docs ({@link DocLocator}) and parse them into the spec model;</li>
 *   <li>validate: report doc diagnostics on the annotation value, and stop this interface on any error;</li>
 *   <li>write: generate records, enums and validators, and the docs' fingerprint, through the Filer.</li>
 * </ol>
 * No exception reaches javac: a failure of ours is reported as an internal error on the interface.
 */
@AutoService(Processor.class)
public final class ApiDocsProcessor extends AbstractProcessor {
    static final String VERBOSE_OPTION = "docpoet.verbose";

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(ApiDocsMirror.NAME);
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(DocLocator.DOCS_DIR_OPTION, VERBOSE_OPTION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement apiDocs = processingEnv.getElementUtils().getTypeElement(ApiDocsMirror.NAME);
        if (apiDocs == null) return false;
        for (Element e : round.getElementsAnnotatedWith(apiDocs)) {
            try {
                process(e);
            } catch (RuntimeException | LinkageError | StackOverflowError | IOException ex) {
                StringWriter trace = new StringWriter();
                ex.printStackTrace(new PrintWriter(trace));
                processingEnv.getMessager().printMessage(Kind.ERROR,
                        "docpoet internal error while generating from the docs of this interface; please report it: " + trace, e);
            }
        }
        return true;
    }

    private void process(Element e) throws IOException {
        if (e.getKind() != ElementKind.INTERFACE) {
            processingEnv.getMessager().printMessage(Kind.ERROR, "@ApiDocs belongs on an interface, not on a "
                    + e.getKind().toString().toLowerCase(java.util.Locale.ROOT) + " [ApiDocsTarget]", e);
            return;
        }
        TypeElement type = (TypeElement) e;
        ApiDocsMirror ann = ApiDocsMirror.of(type);
        if (ann == null) return;
        boolean verbose = Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE_OPTION));
        DiagnosticReporter reporter = new DiagnosticReporter(processingEnv.getMessager(), verbose, type, ann.mirror);

        // model
        DocLocator locator = new DocLocator(processingEnv.getFiler(), processingEnv.getOptions().get(DocLocator.DOCS_DIR_OPTION));
        List<DocLocator.Page> pages = new ArrayList<>();
        List<ApiDocument> docs = new ArrayList<>();
        Map<String, javax.lang.model.element.AnnotationValue> valueOf = new HashMap<>();
        if (ann.paths.isEmpty()) reporter.error("@ApiDocs names no doc; give it doc files or folders [ApiDocsEmpty]", null);
        for (ApiDocsMirror.DocPath path : ann.paths) {
            DocLocator.Found found = locator.locate(path.path());
            if (found.pages().isEmpty()) {
                reporter.error("no doc page at \"" + path.path() + "\"; looked in: " + String.join("; ", found.tried())
                        + ". Set -A" + DocLocator.DOCS_DIR_OPTION + "=<folder of your docs> (see the README) [ApiDocsNotFound]", path.value());
                continue;
            }
            for (DocLocator.Page page : found.pages()) {
                pages.add(page);
                ApiDocument doc = DocParser.parse(page.label(), page.bytes());
                docs.add(doc);
                valueOf.put(page.label(), path.value());
            }
        }

        // validate
        for (ApiDocument doc : docs) {
            for (Diagnostic d : doc.diagnostics()) reporter.report(d, valueOf.get(doc.source()));
        }
        if (reporter.hadErrors()) return;

        // write
        String pkg = !ann.packageName.isEmpty() ? ann.packageName
                : ((PackageElement) processingEnv.getElementUtils().getPackageOf(type)).getQualifiedName().toString();
        CodeGenerator.Result result = CodeGenerator.generate(docs, new CodeGenerator.Options(pkg, s -> s), type);
        for (Diagnostic d : result.diagnostics()) reporter.report(d, valueOf.get(d.location().file()));
        for (JavaFile f : result.files()) {
            try {
                f.writeTo(processingEnv.getFiler());
            } catch (FilerException clash) {
                reporter.error(pkg + "." + f.typeSpec().name() + " is already generated by another @ApiDocs interface in this"
                        + " package; give one of them @ApiDocs(packageName = ...) [ApiDocsClash]", null);
                return;
            }
        }
        FileObject fp = processingEnv.getFiler().createResource(StandardLocation.SOURCE_OUTPUT, pkg,
                type.getSimpleName() + Fingerprint.SUFFIX, type);
        try (OutputStream out = fp.openOutputStream()) {
            out.write(Fingerprint.bytes(Fingerprint.of(pages)));
        }
    }
}
