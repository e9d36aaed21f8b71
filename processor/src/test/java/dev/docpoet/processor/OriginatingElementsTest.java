package dev.docpoet.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every generated file names the annotated interface as its originating element (Gradle's "isolating" contract). */
class OriginatingElementsTest {
    private record Created(String name, List<String> origins) {}

    @Test
    void everyGeneratedFileOriginatesFromTheInterface() {
        List<Created> created = new ArrayList<>();
        Compilation c = com.google.testing.compile.Compiler.javac().withProcessors(new Recording(created))
                .withOptions("-Adocpoet.docsDir=" + Compiler.DOCS).compile(Compiler.api("@ApiDocs(\"shop\")", ""));
        assertThat(c).succeeded();
        assertTrue(created.size() > 5, created::toString);
        for (Created f : created) assertEquals(List.of("test.Api"), f.origins(), f.name());
    }

    /** Runs the real processor with a Filer that records the originating elements of each file it creates. */
    private static final class Recording extends AbstractProcessor {
        private final ApiDocsProcessor delegate = new ApiDocsProcessor();
        private final List<Created> created;

        Recording(List<Created> created) {
            this.created = created;
        }

        @Override
        public synchronized void init(ProcessingEnvironment env) {
            super.init(env);
            Filer real = env.getFiler();
            Filer recording = new Filer() {
                private void record(CharSequence name, Element... origins) {
                    List<String> names = new ArrayList<>();
                    for (Element e : origins) names.add(((TypeElement) e).getQualifiedName().toString());
                    created.add(new Created(name.toString(), names));
                }

                @Override
                public JavaFileObject createSourceFile(CharSequence name, Element... origins) throws IOException {
                    record(name, origins);
                    return real.createSourceFile(name, origins);
                }

                @Override
                public JavaFileObject createClassFile(CharSequence name, Element... origins) throws IOException {
                    record(name, origins);
                    return real.createClassFile(name, origins);
                }

                @Override
                public FileObject createResource(JavaFileManager.Location l, CharSequence p, CharSequence n, Element... origins)
                        throws IOException {
                    record(p + "/" + n, origins);
                    return real.createResource(l, p, n, origins);
                }

                @Override
                public FileObject getResource(JavaFileManager.Location l, CharSequence p, CharSequence n) throws IOException {
                    return real.getResource(l, p, n);
                }
            };
            delegate.init(new ProcessingEnvironment() {
                @Override public Map<String, String> getOptions() { return env.getOptions(); }
                @Override public Messager getMessager() { return env.getMessager(); }
                @Override public Filer getFiler() { return recording; }
                @Override public Elements getElementUtils() { return env.getElementUtils(); }
                @Override public Types getTypeUtils() { return env.getTypeUtils(); }
                @Override public SourceVersion getSourceVersion() { return env.getSourceVersion(); }
                @Override public Locale getLocale() { return env.getLocale(); }
            });
        }

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return delegate.getSupportedAnnotationTypes();
        }

        @Override
        public Set<String> getSupportedOptions() {
            return delegate.getSupportedOptions();
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return delegate.getSupportedSourceVersion();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            return delegate.process(annotations, round);
        }
    }
}
