package dev.docpoet.codegen;

import com.palantir.javapoet.TypeName;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A method of the user's {@code @ApiDocs} interface bound to a documented endpoint: what the generated client's
 * implementation of it sends and returns.
 *
 * @param arguments the method's parameters, in their order, each with the operation parameter it fills
 * @param returns what the method hands back
 * @param async whether it returns a {@code CompletableFuture} of that
 * @param declaredReturn the method's return type as declared
 */
public record ClientBinding(String methodName, Operation operation, List<Argument> arguments, Returns returns, boolean async,
        TypeName declaredReturn) {
    public ClientBinding {
        arguments = List.copyOf(arguments);
    }

    /**
     * One parameter of the method: its name and type as declared, and what it fills: one documented parameter, or, for
     * a parameters record of the companion interface, each of {@code group} from the record's component of its name.
     */
    public record Argument(String name, TypeName type, Operation.@Nullable OperationParameter fills,
            List<Operation.OperationParameter> group) {
        public Argument {
            group = List.copyOf(group);
        }

        public Argument(String name, TypeName type, Operation.OperationParameter fills) {
            this(name, type, fills, List.of());
        }

        /** Whether a caller may pass null: for an optional parameter, never for a parameters object. */
        public boolean optional() {
            return fills != null && !fills.required();
        }
    }

    /** What a bound method returns. */
    public enum Returns {
        /** The 2xx body, in its generated type. */
        BODY,
        /** {@code ApiResponse<T>}: status, headers and body. */
        RESPONSE,
        /** Nothing. */
        VOID
    }
}
