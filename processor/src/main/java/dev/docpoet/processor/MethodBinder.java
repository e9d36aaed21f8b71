package dev.docpoet.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docpoet.codegen.ClientBinding;
import dev.docpoet.codegen.ClientBinding.Argument;
import dev.docpoet.codegen.ClientBinding.Returns;
import dev.docpoet.codegen.Operation;
import dev.docpoet.codegen.Operation.OperationParameter;
import dev.docpoet.spec.ApiModel;
import dev.docpoet.spec.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Binds the abstract methods of an {@code @ApiDocs} interface to documented endpoints, for the generated client to
 * implement: the endpoint by {@code @Endpoint} or by name, each parameter by name (or {@code @Param}) and type, the
 * return type against the documented body. Every mismatch is an error on the method, parameter or annotation, with
 * a suggestion where one is close.
 */
final class MethodBinder {
    static final String ENDPOINT = "dev.docpoet.Endpoint";
    static final String PARAM = "dev.docpoet.Param";
    private static final ClassName FUTURE = ClassName.get(CompletableFuture.class);
    private static final ClassName API_RESPONSE = ClassName.get("dev.docpoet.client", "ApiResponse");

    private final Messager messager;
    private final Elements elements;
    private final Types types;
    private boolean errors;

    MethodBinder(Messager messager, Elements elements, Types types) {
        this.messager = messager;
        this.elements = elements;
        this.types = types;
    }

    /** The abstract methods the generated client must implement, the interface's own and inherited ones. */
    static List<ExecutableElement> abstractMethods(TypeElement type, Elements elements) {
        List<ExecutableElement> out = new ArrayList<>();
        for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
            if (m.getModifiers().contains(Modifier.ABSTRACT)) out.add(m);
        }
        return out;
    }

    /** The bindings, or null when a method could not be bound (each reason reported). */
    @Nullable List<ClientBinding> bind(TypeElement type, List<Operation> ops) {
        List<ClientBinding> out = new ArrayList<>();
        for (ExecutableElement m : abstractMethods(type, elements)) {
            ClientBinding b = bind(m, ops);
            if (b != null) out.add(b);
        }
        return errors ? null : out;
    }

    private @Nullable ClientBinding bind(ExecutableElement m, List<Operation> ops) {
        String name = m.getSimpleName().toString();
        Operation op = operation(m, name, ops);
        if (op == null) return null;

        // return type, compared as the compiler's types
        TypeName declared = TypeName.get(m.getReturnType());
        TypeMirror returned = m.getReturnType();
        boolean async = isA(returned, FUTURE);
        TypeMirror inner = async ? ((DeclaredType) returned).getTypeArguments().get(0) : returned;
        TypeName success = op.success();
        TypeMirror body = success == null ? mirror(ClassName.get(Void.class)) : mirror(success);
        String expected = success == null ? "nothing" : plain(success);
        Returns returns;
        if (inner.getKind() == TypeKind.VOID || async && same(inner, mirror(ClassName.get(Void.class)))) {
            returns = Returns.VOID;
        } else if (isA(inner, API_RESPONSE)) {
            returns = Returns.RESPONSE;
            List<? extends TypeMirror> args = ((DeclaredType) inner).getTypeArguments();
            if (args.size() != 1 || !same(args.get(0), body)) return returnError(m, name, declared, op, expected, async);
        } else {
            returns = Returns.BODY;
            if (success == null || !same(inner, body)) return returnError(m, name, declared, op, expected, async);
        }

        // parameters
        List<Argument> args = new ArrayList<>();
        Map<OperationParameter, String> filled = new HashMap<>();
        boolean ok = true;
        for (VariableElement p : m.getParameters()) {
            String pname = p.getSimpleName().toString();
            String wire = paramName(p);
            TypeName ptype = TypeName.get(p.asType());
            TypeMirror boxed = p.asType().getKind().isPrimitive() ? types.boxedClass((PrimitiveType) p.asType()).asType() : p.asType();
            OperationParameter target = target(op, pname, wire, boxed);
            if (target == null) {
                List<String> known = op.parameters().stream().map(OperationParameter::javaName).toList();
                String close = Suggestions.closest(wire != null ? wire : pname, known);
                error(p, ProcessorMessage.ApiDocsUnknownParameter.format("`" + pname + "`", op.signature(),
                        close == null ? (known.isEmpty() ? ", which has none" : " (it has " + String.join(", ", known) + ")")
                                : "; did you mean " + close + "?"));
                ok = false;
                continue;
            }
            // a parameter with documented values takes their enum class, or, as before there was one, their plain type
            if (!same(boxed, mirror(target.type())) && !same(boxed, mirror(target.plainType()))) {
                error(p, ProcessorMessage.ApiDocsParameterType.format("`" + pname + "`", target.kind(), "`" + target.wireName() + "`",
                        op.signature(), simple(target.type()), simple(target.type())
                                + (target.plainType().equals(target.type()) ? "" : " or a " + simple(target.plainType()))));
                ok = false;
                continue;
            }
            String before = filled.putIfAbsent(target, pname);
            if (before != null) {
                error(p, ProcessorMessage.ApiDocsParameterTwice.format("`" + pname + "`", "`" + target.wireName() + "`", op.signature(),
                        "`" + before + "`"));
                ok = false;
                continue;
            }
            args.add(new Argument(pname, ptype, target));
        }
        for (OperationParameter required : op.parameters()) {
            if (required.required() && !filled.containsKey(required) && ok) {
                error(m, ProcessorMessage.ApiDocsMissingParameter.format("`" + name + "`", required.kind()
                        + (required.kind().equals("body") ? "" : " parameter"), "`" + required.wireName() + "`", op.signature(),
                        simple(required.type()), required.javaName()));
                ok = false;
            }
        }
        return ok ? new ClientBinding(name, op, args, returns, async, declared) : null;
    }

    private @Nullable ClientBinding returnError(ExecutableElement m, String name, TypeName declared, Operation op, String expected,
            boolean async) {
        String fix = op.success() == null ? (async ? "CompletableFuture<Void>" : "void")
                : async ? "CompletableFuture<" + simple(op.success()) + ">" : simple(op.success());
        error(m, ProcessorMessage.ApiDocsReturnType.format("`" + name + "`", simple(declared), op.signature(),
                op.success() == null ? "with no documented body" : "with " + simple(op.success()), fix
                        + (op.success() == null ? "" : ", ApiResponse<" + simple(op.success()) + ">, or void")));
        return null;
    }

    private @Nullable Operation operation(ExecutableElement m, String name, List<Operation> ops) {
        AnnotationMirror endpoint = Mirrors.annotation(m, ENDPOINT);
        if (endpoint != null) {
            AnnotationValue v = value(endpoint);
            String signature = v == null ? "" : String.valueOf(v.getValue()).trim();
            String[] parts = signature.split("\\s+", 2);
            for (Operation op : ops) {
                if (parts.length == 2 && op.endpoint().method().equalsIgnoreCase(parts[0])
                        && ApiModel.normalizedPath(op.endpoint().path()).equals(ApiModel.normalizedPath(parts[1]))) {
                    return op;
                }
            }
            // compared with parameter names left out, as they are when binding
            Map<String, String> byShape = new java.util.TreeMap<>();
            for (Operation op : ops) byShape.put(shape(op.endpoint().method(), op.endpoint().path()), op.signature());
            String closeShape = Suggestions.closest(parts.length == 2 ? shape(parts[0], parts[1]) : signature, byShape.keySet());
            String close = closeShape == null ? null : byShape.get(closeShape);
            errors = true;
            messager.printMessage(Kind.ERROR, ProcessorMessage.ApiDocsUnknownEndpoint.format(signature,
                    close == null ? "" : "; did you mean \"" + close + "\"?"), m, endpoint, v);
            return null;
        }
        for (Operation op : ops) {
            if (op.methodName().equals(name) || (op.methodName() + "Async").equals(name)) return op;
        }
        String close = Suggestions.closest(name, ops.stream().map(Operation::methodName).toList());
        error(m, ProcessorMessage.ApiDocsUnboundMethod.format("`" + name + "`", close == null ? "" : " (did you mean " + close + "?)"));
        return null;
    }

    /** The operation parameter a method parameter fills: by {@code @Param}, by Java name, by wire name, or as the body. */
    private @Nullable OperationParameter target(Operation op, String javaName, @Nullable String wire, TypeMirror type) {
        for (OperationParameter p : op.parameters()) {
            if (wire != null ? norm(p.wireName()).equals(norm(wire)) : p.javaName().equals(javaName) || norm(p.wireName()).equals(norm(javaName))) {
                return p;
            }
        }
        if (wire == null) {
            for (OperationParameter p : op.parameters()) {
                if (p.parameter() == null && same(type, mirror(p.type()))) return p;
            }
        }
        return null;
    }

    private static String shape(String method, String path) {
        return method.toUpperCase(Locale.ROOT) + " " + ApiModel.normalizedPath(path);
    }

    private static String norm(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static @Nullable String paramName(VariableElement p) {
        AnnotationMirror a = Mirrors.annotation(p, PARAM);
        AnnotationValue v = a == null ? null : value(a);
        return v == null ? null : String.valueOf(v.getValue());
    }

    private static @Nullable AnnotationValue value(AnnotationMirror a) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : a.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("value")) return e.getValue();
        }
        return null;
    }

    /** Whether {@code t} is the class {@code raw}, with any type arguments. */
    private static boolean isA(TypeMirror t, ClassName raw) {
        return t instanceof DeclaredType d && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(raw.canonicalName());
    }

    /** Whether a declared type is the documented one; false when the documented one does not resolve (yet). */
    private boolean same(TypeMirror declared, @Nullable TypeMirror documented) {
        return documented != null && types.isSameType(declared, documented);
    }

    /**
     * The compiler's type for a type the generator names (a generated record, a JDK type, a list or map of them),
     * type-use annotations left out; null when a class in it does not resolve.
     */
    private @Nullable TypeMirror mirror(TypeName t) {
        TypeName plain = t.withoutAnnotations();
        if (plain.isPrimitive()) return types.getPrimitiveType(TypeKind.valueOf(plain.toString().toUpperCase(Locale.ROOT)));
        if (plain instanceof ClassName c) {
            TypeElement e = elements.getTypeElement(c.canonicalName());
            return e == null ? null : types.getDeclaredType(e);
        }
        if (plain instanceof ParameterizedTypeName p) {
            TypeElement raw = elements.getTypeElement(p.rawType().canonicalName());
            if (raw == null) return null;
            List<TypeMirror> args = new ArrayList<>();
            for (TypeName a : p.typeArguments()) {
                TypeMirror arg = mirror(a);
                if (arg == null) return null;
                args.add(arg);
            }
            return types.getDeclaredType(raw, args.toArray(TypeMirror[]::new));
        }
        return null;
    }

    /** A type as text without type-use annotations ({@code @Nullable}), for messages. */
    static String plain(TypeName t) {
        return t.withoutAnnotations().toString().replaceAll("@[\\w.]+(\\([^)]*\\))? ", "");
    }

    private static String simple(TypeName t) {
        return plain(t).replaceAll("\\b[a-z][\\w]*\\.", "");
    }

    private void error(Element e, String message) {
        errors = true;
        messager.printMessage(Kind.ERROR, message, e);
    }
}
