package dev.docpoet.client;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The body types generated code names that are not plain classes: {@code List<Ticket>}, {@code Map<String, Score>}. */
public final class Types {
    private Types() {}

    public static Type listOf(Type item) {
        return new Parameterized(List.class, item);
    }

    public static Type mapOf(Type value) {
        return new Parameterized(Map.class, String.class, value);
    }

    private record Parameterized(Class<?> raw, Type... args) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ParameterizedType p && raw.equals(p.getRawType()) && Objects.equals(p.getOwnerType(), null)
                    && Arrays.equals(args, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(args) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder(raw.getName()).append('<');
            for (int i = 0; i < args.length; i++) sb.append(i == 0 ? "" : ", ").append(args[i].getTypeName());
            return sb.append('>').toString();
        }
    }
}
