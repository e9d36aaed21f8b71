package dev.docpoet.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.jspecify.annotations.Nullable;

/** Typed access to an {@code @ApiDocs} annotation as javac sees it, keeping each value for precise error positions. */
final class ApiDocsMirror {
    static final String NAME = "dev.docpoet.ApiDocs";

    /** One doc path as written, and the annotation value it came from. */
    record DocPath(String path, @Nullable AnnotationValue value) {}

    /** One {@code @TypeName(of, name)}, and the annotation value it came from (for errors). */
    record Pin(String of, String name, AnnotationValue value) {}

    final AnnotationMirror mirror;
    final List<DocPath> paths;
    final String packageName;
    final @Nullable AnnotationValue packageValue;
    final List<Pin> pins;

    private ApiDocsMirror(AnnotationMirror mirror, List<DocPath> paths, String packageName,
            @Nullable AnnotationValue packageValue, List<Pin> pins) {
        this.mirror = mirror;
        this.paths = paths;
        this.packageName = packageName;
        this.packageValue = packageValue;
        this.pins = pins;
    }

    static @Nullable ApiDocsMirror of(TypeElement type) {
        AnnotationMirror m = Mirrors.annotation(type, NAME);
        if (m == null) return null;
        List<DocPath> paths = new ArrayList<>();
        String pkg = "";
        AnnotationValue pkgValue = null;
        List<Pin> pins = new ArrayList<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : m.getElementValues().entrySet()) {
            String key = e.getKey().getSimpleName().toString();
            if (key.equals("value")) {
                Object v = e.getValue().getValue();
                if (v instanceof List<?> list) {
                    for (Object item : list) {
                        AnnotationValue av = (AnnotationValue) item;
                        paths.add(new DocPath(String.valueOf(av.getValue()), av));
                    }
                } else {
                    paths.add(new DocPath(String.valueOf(v), e.getValue()));
                }
            } else if (key.equals("packageName")) {
                pkg = String.valueOf(e.getValue().getValue());
                pkgValue = e.getValue();
            } else if (key.equals("types") && e.getValue().getValue() instanceof List<?> list) {
                for (Object item : list) {
                    AnnotationValue av = (AnnotationValue) item;
                    if (av.getValue() instanceof AnnotationMirror pin) pins.add(pin(pin, av));
                }
            }
        }
        return new ApiDocsMirror(m, paths, pkg, pkgValue, pins);
    }

    private static Pin pin(AnnotationMirror m, AnnotationValue value) {
        String of = "";
        String name = "";
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : m.getElementValues().entrySet()) {
            String key = e.getKey().getSimpleName().toString();
            if (key.equals("of")) of = String.valueOf(e.getValue().getValue());
            if (key.equals("name")) name = String.valueOf(e.getValue().getValue());
        }
        return new Pin(of, name, value);
    }
}
