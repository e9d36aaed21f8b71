package dev.docpoet.codegen;

import dev.docpoet.spec.Body;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One body that becomes (or shares) a top-level record: a request body, or the response of one status.
 *
 * @param status the response status, or null for the request body
 * @param object the object the body carries: the body itself, or the items of a top-level array or map
 * @param array whether the body is a container of the record: a list, or a map when {@code map}
 */
record BodyUse(Endpoint endpoint, @Nullable String status, TypeNaming.Role role, Body body, Schema.ObjectSchema object,
        boolean array, boolean map) {

    /** {@code GET /tickets/{id} 200}, {@code POST /tickets request}: for messages and sorting. */
    String key() {
        return endpoint.signature() + " " + (status == null ? "request" : status);
    }

    /** The key a {@link TypeNamePin} names it by. */
    String pinKey() {
        return TypeNamePin.key(endpoint.method(), endpoint.path(), status == null ? "request" : status);
    }

    BodyKey bodyKey() {
        return new BodyKey(endpoint.method(), endpoint.path(), status);
    }

    /** A body that is a spec's shared component, or a list or a map of one: its type is the component's record. */
    record Shared(BodyKey key, Schema.RefSchema ref, boolean array, boolean map) {}

    /** The bodies of an endpoint that are a shared component, a list or a map of one. */
    static List<Shared> shared(Endpoint e) {
        List<Shared> out = new ArrayList<>();
        if (e.requestBody() != null && MediaPlanner.planned(e.requestBody(), true)) {
            shared(new BodyKey(e.method(), e.path(), null), e.requestBody().schema(), out);
        }
        for (Response r : e.responses()) {
            if (r.body() != null && MediaPlanner.planned(r.body(), false)) shared(new BodyKey(e.method(), e.path(), r.status()), r.body().schema(), out);
        }
        return out;
    }

    private static void shared(BodyKey key, @Nullable Schema s, List<Shared> out) {
        if (s instanceof Schema.RefSchema r) out.add(new Shared(key, r, false, false));
        if (s instanceof Schema.ArraySchema a && a.items() instanceof Schema.RefSchema r) out.add(new Shared(key, r, true, false));
        if (s instanceof Schema.MapSchema m && m.values() instanceof Schema.RefSchema r) out.add(new Shared(key, r, false, true));
    }

    /**
     * The bodies of an endpoint that carry an object with properties: its request, then each response. Only JSON values
     * count (and the data of each event of a stream): a form's fields are a record of {@link FormPlanner}'s, bytes and text
     * are no record.
     */
    static List<BodyUse> of(Endpoint e) {
        List<BodyUse> out = new ArrayList<>();
        if (e.requestBody() != null && MediaPlanner.planned(e.requestBody(), true)) add(e, null, TypeNaming.Role.REQUEST, e.requestBody(), out);
        boolean firstSuccess = true;
        for (Response r : e.responses()) {
            if (r.body() == null || !MediaPlanner.planned(r.body(), false) || objectOf(r.body().schema()) == null) continue;
            TypeNaming.Role role;
            if (r.isError()) {
                role = TypeNaming.Role.ERROR;
            } else if (r.isSuccess() && firstSuccess) {
                role = TypeNaming.Role.SUCCESS;
                firstSuccess = false;
            } else {
                role = TypeNaming.Role.OTHER_SUCCESS;
            }
            add(e, r.status(), role, r.body(), out);
        }
        return out;
    }

    private static void add(Endpoint e, @Nullable String status, TypeNaming.Role role, Body body, List<BodyUse> out) {
        Schema.ObjectSchema object = objectOf(body.schema());
        if (object == null) return;
        out.add(new BodyUse(e, status, role, body, object, body.schema() instanceof Schema.ArraySchema || body.schema() instanceof Schema.MapSchema,
                body.schema() instanceof Schema.MapSchema));
    }

    /** The object a body carries: the body itself, or the items of a top-level array or map; null without properties. */
    private static Schema.@Nullable ObjectSchema objectOf(@Nullable Schema s) {
        Schema.ObjectSchema o = s instanceof Schema.ObjectSchema os ? os
                : s instanceof Schema.ArraySchema a && a.items() instanceof Schema.ObjectSchema items ? items
                : s instanceof Schema.MapSchema m && m.values() instanceof Schema.ObjectSchema values ? values : null;
        return o == null || o.properties().isEmpty() ? null : o;
    }
}
