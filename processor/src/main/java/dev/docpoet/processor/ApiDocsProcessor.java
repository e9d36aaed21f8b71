package dev.docpoet.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.docpoet.codegen.ClientBinding;
import dev.docpoet.codegen.Operation;
import dev.docpoet.codegen.CodeGenerator;
import dev.docpoet.codegen.GeneratedFile;
import dev.docpoet.codegen.Generation;
import dev.docpoet.codegen.Fingerprint;
import dev.docpoet.codegen.TypeNamePin;
import dev.docpoet.parse.DocSource;
import dev.docpoet.parse.YieldCheck;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Diagnostic;
import dev.docpoet.spec.JavaLocation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;
import javax.tools.FileObject;
import javax.tools.StandardLocation;
import org.jspecify.annotations.Nullable;

/**
 * The javac front end of docpoet. For each interface annotated with {@code @ApiDocs}, in four phases:
 * <ol>
 *   <li>scan: read the annotation's doc paths, package and name pins;</li>
 *   <li>model: find the docs ({@link DocLocator}) and parse them into one {@link ApiModel};</li>
 *   <li>validate: report doc diagnostics on the annotation value, and stop this interface on any error;</li>
 *   <li>write: generate records, enums and validators, and the fingerprint, through the Filer.</li>
 * </ol>
 * The interface's methods may name types generated in the first round, so they are checked in later rounds and
 * reported only at the last one ({@link MethodCheck}). No exception reaches javac: a failure of ours is an internal
 * error on the interface.
 */
@AutoService(Processor.class)
public final class ApiDocsProcessor extends AbstractProcessor {
    static final String VERBOSE_OPTION = "docpoet.verbose";
    /** A class of docpoet-client: clients are generated only where it is on the class path. */
    static final String CLIENT_RUNTIME = "dev.docpoet.client.Transport";

    /**
     * An interface whose models are written and whose methods wait for checking (and binding, when a client is to
     * implement them).
     *
     * @param generated the simple names generated for it
     * @param client what binding needs, when the interface declares methods and docpoet-client is on the class path
     */
    private record Pending(Set<String> generated, @Nullable ClientJob client) {}

    /** The model and options a bound client is generated from, and the operations its methods bind to. */
    private record ClientJob(ApiModel model, CodeGenerator.Options options, List<Operation> operations) {}

    /** Interfaces whose models are written, by name. */
    private final Map<String, Pending> deferred = new LinkedHashMap<>();
    /** Every type generated in this compilation, by qualified name, with the interface it was generated for. */
    private final Map<String, String> generatedBy = new HashMap<>();

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
        if (apiDocs != null) {
            for (Element e : round.getElementsAnnotatedWith(apiDocs)) guarded(e, () -> process(e));
        }
        MethodCheck check = new MethodCheck(processingEnv);
        for (Map.Entry<String, Pending> d : new ArrayList<>(deferred.entrySet())) {
            TypeElement type = processingEnv.getElementUtils().getTypeElement(d.getKey());
            if (type == null) {
                deferred.remove(d.getKey());
                continue;
            }
            // elements of earlier rounds may be stale: look the interface up again, as AutoValue does
            guarded(type, () -> {
                MethodCheck.State state = check.check(type, d.getValue().generated(), round.processingOver());
                if (state == MethodCheck.State.WAIT) return;
                deferred.remove(d.getKey());
                ClientJob job = d.getValue().client();
                if (state == MethodCheck.State.RESOLVED && job != null && !round.processingOver()) writeBoundClient(type, job);
            });
        }
        return true;
    }

    /** Binds the interface's methods and writes the client that implements them, or reports why it cannot. */
    private void writeBoundClient(TypeElement type, ClientJob job) throws IOException {
        List<ClientBinding> bindings = new MethodBinder(processingEnv.getMessager(), processingEnv.getElementUtils(), processingEnv.getTypeUtils())
                .bind(type, job.operations());
        if (bindings == null) return;
        JavaFile file = CodeGenerator.boundClient(job.model(), job.options(), ClassName.get(type), bindings, type);
        try {
            file.writeTo(processingEnv.getFiler());
        } catch (FilerException clash) {
            processingEnv.getMessager().printMessage(Kind.ERROR, ProcessorMessage.ApiDocsNameTaken.format(job.options().packageName(),
                    file.typeSpec().name(), clash.getMessage()), type);
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    private void guarded(Element e, Step step) {
        try {
            step.run();
        } catch (Throwable ex) {
            // We don't allow exceptions of any kind to propagate to the compiler (as AutoService and MapStruct).
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            processingEnv.getMessager().printMessage(Kind.ERROR, ProcessorMessage.ApiDocsInternalError.format(trace), e);
        }
    }

    private void process(Element e) throws IOException {
        TypeElement type = (TypeElement) e;
        ApiDocsMirror ann = ApiDocsMirror.of(type);
        if (ann == null) return;
        boolean verbose = Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE_OPTION));
        DiagnosticReporter reporter = new DiagnosticReporter(processingEnv.getMessager(), verbose, type, ann.mirror);
        String pkg = scan(type, ann, reporter);
        if (pkg == null) return;
        Located docs = locate(ann, reporter);
        boolean located = !reporter.hadErrors();
        Generation.Outcome outcome = Generation.run(request(type, ann, pkg, docs));
        // the pages found are reported even when a path was not; the generator's choices only when it could run
        List<Diagnostic> diagnostics = located ? outcome.diagnostics() : outcome.model().allDiagnostics();
        for (Diagnostic d : diagnostics) reporter.report(d, docs.valueOf().get(d.location().file()));
        if (reporter.hadErrors()) return;
        write(type, outcome, reporter);
    }

    /** The package to generate into, or null when the annotation's target or package is wrong (reported). */
    private @Nullable String scan(TypeElement type, ApiDocsMirror ann, DiagnosticReporter reporter) {
        if (type.getKind() != ElementKind.INTERFACE) {
            reporter.error(ProcessorMessage.ApiDocsTarget, null, type.getKind().toString().toLowerCase(java.util.Locale.ROOT));
            return null;
        }
        if (!ann.packageName.isEmpty() && !SourceVersion.isName(ann.packageName)) {
            reporter.error(ProcessorMessage.ApiDocsBadPackage, ann.packageValue, ann.packageName);
            return null;
        }
        return !ann.packageName.isEmpty() ? ann.packageName
                : processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
    }

    /**
     * The docs the annotation's paths name.
     *
     * @param valueOf the annotation value that requested each page (and each folder), by label, to report the page's
     *     diagnostics on
     */
    private record Located(List<DocSource> pages, List<Fingerprint.Requested> requested, Map<String, AnnotationValue> valueOf) {}

    /** Finds the pages of every path; a path that names nothing, or cannot be read, is reported. */
    private Located locate(ApiDocsMirror ann, DiagnosticReporter reporter) throws IOException {
        DocLocator locator = new DocLocator(processingEnv.getFiler(), processingEnv.getOptions().get(DocLocator.DOCS_DIR_OPTION));
        List<DocSource> pages = new ArrayList<>();
        List<Fingerprint.Requested> requested = new ArrayList<>();
        Map<String, AnnotationValue> valueOf = new HashMap<>();
        if (ann.paths.isEmpty()) reporter.error(ProcessorMessage.ApiDocsEmpty, null);
        for (ApiDocsMirror.DocPath path : ann.paths) {
            DocLocator.Found found = locator.locate(path.path());
            requested.add(new Fingerprint.Requested(path.path(), found.root(), found.folder()));
            if (found.problem() != null) {
                reporter.error(ProcessorMessage.ApiDocsUnreadable, path.value(), found.problem());
                continue;
            }
            if (found.pages().isEmpty()) {
                reporter.error(ProcessorMessage.ApiDocsNotFound, path.value(), path.path(), String.join("; ", found.tried()),
                        DocLocator.DOCS_DIR_OPTION);
                continue;
            }
            for (DocSource page : found.pages()) {
                pages.add(page);
                valueOf.put(page.label(), path.value());
            }
            // a warning about the folder itself (it yields nothing) is named by the folder's label
            valueOf.putIfAbsent(YieldCheck.label(path.path()), path.value());
        }
        return new Located(pages, requested, valueOf);
    }

    /**
     * The run for one interface: its pins, the user's types in the package, and a client when docpoet-client is on the
     * class path (for the user's methods, or with a companion interface when it declares none).
     */
    private Generation.Request request(TypeElement type, ApiDocsMirror ann, String pkg, Located docs) {
        List<TypeNamePin> pins = new ArrayList<>();
        for (ApiDocsMirror.Pin p : ann.pins) pins.add(new TypeNamePin(p.of(), p.name(), new JavaLocation("@TypeName(of = \"" + p.of() + "\")", p.value())));
        boolean clientRuntime = processingEnv.getElementUtils().getTypeElement(CLIENT_RUNTIME) != null;
        List<ExecutableElement> methods = MethodBinder.abstractMethods(type, processingEnv.getElementUtils());
        if (!clientRuntime) {
            for (ExecutableElement m : methods) {
                processingEnv.getMessager().printMessage(Kind.ERROR, ProcessorMessage.ApiDocsNoClientRuntime.format(
                        "`" + m.getSimpleName() + "`"), m);
            }
        }
        Generation.Settings settings = new Generation.Settings(pkg, pins, clientRuntime ? type.getSimpleName().toString() : null,
                methods.isEmpty(), true);
        return new Generation.Request(docs.pages(), DocSource::label, settings, existingTypes(pkg, type),
                type.getQualifiedName().toString(), docs.requested(), type);
    }

    /** Writes the files and the fingerprint through the Filer, or nothing when one of them cannot be (reported). */
    private void write(TypeElement type, Generation.Outcome outcome, DiagnosticReporter reporter) throws IOException {
        String pkg = outcome.options().packageName();
        String owner = type.getQualifiedName().toString();
        // checked before anything is written, so that a clash leaves no half of this interface's types behind
        for (GeneratedFile f : outcome.files()) {
            String other = generatedBy.get(pkg + "." + f.simpleName());
            if (other != null) {
                reporter.error(ProcessorMessage.ApiDocsGeneratedTwice, null, pkg, f.simpleName(), other);
                return;
            }
        }
        Set<String> generated = new TreeSet<>();
        for (GeneratedFile f : outcome.files()) {
            try {
                f.writeTo(processingEnv.getFiler());
            } catch (FilerException clash) {
                // a source of the user's, or a file another processor wrote: javac's own words say which
                reporter.error(ProcessorMessage.ApiDocsNameTaken, null, pkg, f.simpleName(), clash.getMessage());
                return;
            }
            generatedBy.put(pkg + "." + f.simpleName(), owner);
            generated.add(f.simpleName());
        }
        CodeGenerator.Options options = outcome.options();
        ClientJob job = options.client() != null && !options.companion()
                ? new ClientJob(outcome.model(), options, outcome.operations()) : null;
        // into the generated-sources folder, keyed by the interface's FQN: out of the jar, and never shared by two interfaces
        FileObject file = processingEnv.getFiler().createResource(StandardLocation.SOURCE_OUTPUT, "", Fingerprint.fileName(owner), type);
        try (OutputStream out = file.openOutputStream()) {
            out.write(outcome.fingerprint().toJson());
        }
        deferred.put(owner, new Pending(generated, job));
    }

    /**
     * Simple names already taken in the target package by the user's own types (the interface among them), which
     * generated types must not take; docpoet's own earlier output does not count.
     */
    private Set<String> existingTypes(String pkg, TypeElement type) {
        Set<String> taken = new TreeSet<>();
        PackageElement p = processingEnv.getElementUtils().getPackageElement(pkg);
        String ownPackage = processingEnv.getElementUtils().getPackageOf(type).getQualifiedName().toString();
        if (ownPackage.equals(pkg)) taken.add(type.getSimpleName().toString());
        if (p == null) return taken;
        for (Element e : p.getEnclosedElements()) {
            if (e instanceof TypeElement t && !generatedByDocpoet(t)) taken.add(t.getSimpleName().toString());
        }
        return taken;
    }

    private static boolean generatedByDocpoet(TypeElement t) {
        AnnotationMirror generated = Mirrors.annotation(t, "javax.annotation.processing.Generated");
        return generated != null && generated.toString().contains(CodeGenerator.GENERATOR);
    }
}
