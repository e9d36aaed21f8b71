package dev.docpoet.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compile-testing compilation produced, so that tests can run generated code. */
final class CompiledClasses extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();

    CompiledClasses(Compilation c) {
        super(CompiledClasses.class.getClassLoader());
        for (JavaFileObject f : c.generatedFiles()) {
            if (f.getKind() != JavaFileObject.Kind.CLASS) continue;
            String name = f.getName().replaceFirst("^/CLASS_OUTPUT/", "").replaceFirst("\\.class$", "").replace('/', '.');
            try (InputStream in = f.openInputStream()) {
                classes.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) throw new ClassNotFoundException(name);
        return defineClass(name, b, 0, b.length);
    }

    Object call(String className, String method) throws ReflectiveOperationException {
        return loadClass(className).getMethod(method).invoke(null);
    }

    /**
     * Calls the public method {@code name} of {@code target} that takes {@code args} (a null fits any parameter that is not
     * primitive): a generated client's {@code tickets()}, {@code get("t_1", params)}. Throws what the method throws.
     */
    static Object invoke(Object target, String name, Object... args) throws Exception {
        java.lang.reflect.Method found = null;
        for (java.lang.reflect.Method m : target.getClass().getMethods()) {
            if (!m.getName().equals(name) || m.getParameterCount() != args.length) continue;
            boolean fits = true;
            for (int i = 0; i < args.length; i++) {
                Class<?> t = m.getParameterTypes()[i];
                fits &= args[i] == null ? !t.isPrimitive() : t.isInstance(args[i]);
            }
            if (fits) found = m;
        }
        if (found == null) throw new NoSuchMethodException(target.getClass().getName() + "." + name + " with " + args.length + " arguments");
        try {
            return found.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof Exception x) throw x;
            throw e;
        }
    }

    /** A generated builder, set by name ({@code "limit", 20L, "tag", List.of("a")}), then built. */
    static Object build(Object builder, Object... namesAndValues) throws Exception {
        for (int i = 0; i < namesAndValues.length; i += 2) invoke(builder, (String) namesAndValues[i], namesAndValues[i + 1]);
        return invoke(builder, "build");
    }
}
