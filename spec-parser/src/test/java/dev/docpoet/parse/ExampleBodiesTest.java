package dev.docpoet.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docpoet.spec.ApiDocument;
import dev.docpoet.spec.Endpoint;
import dev.docpoet.spec.Response;
import dev.docpoet.spec.Schema;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Bodies shown only by an example: under a "Response" heading, as a top-level array, labelled with a status or not. */
class ExampleBodiesTest {
    private static ApiDocument parse(String fixture) {
        String text = Models.resource("examples/" + fixture);
        ApiDocument d = DocParser.parse(fixture, text);
        ExpectedDiagnostics.check(fixture, text, d);
        return d;
    }

    private static Response response(ApiDocument d, String status) {
        return Models.response(Models.only(d), status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"heading-example.mdx", "array-body.mdx", "array-items-documented.mdx", "error-examples.mdx", "maps.mdx",
        "envelope.mdx", "envelope-display-name.mdx",
        "status-in-prose.mdx"})
    void markersAreMet(String fixture) {
        parse(fixture);
    }

    @Test
    void aJsonBlockUnderAResponseHeadingIsTheSuccessExample() {
        Schema.ObjectSchema body = assertInstanceOf(Schema.ObjectSchema.class, response(parse("heading-example.mdx"), "200").body().schema());
        assertEquals(List.of("code", "data"), body.properties().stream().map(dev.docpoet.spec.Property::name).toList());
    }

    @Test
    void aTopLevelArrayExampleIsAnArrayBody() {
        Schema.ArraySchema body = assertInstanceOf(Schema.ArraySchema.class, response(parse("array-body.mdx"), "200").body().schema());
        Schema.ObjectSchema item = assertInstanceOf(Schema.ObjectSchema.class, body.items());
        assertEquals(List.of("id", "owner", "context"), item.properties().stream().map(dev.docpoet.spec.Property::name).toList());
    }

    @Test
    void documentedFieldsDescribeTheItemsOfAnArrayBody() {
        Schema.ArraySchema body = assertInstanceOf(Schema.ArraySchema.class,
                response(parse("array-items-documented.mdx"), "200").body().schema());
        Schema.ObjectSchema item = assertInstanceOf(Schema.ObjectSchema.class, body.items());
        assertEquals(true, item.property("id").required());
        assertInstanceOf(Schema.ArraySchema.class, item.property("scopes").schema());
    }

    @Test
    void anErrorExampleGoesToItsStatusAndOneWithoutAStatusToDefault() {
        Endpoint e = Models.only(parse("error-examples.mdx"));
        assertEquals(List.of("200", "404", "default"), e.responses().stream().map(Response::status).toList());
        Schema.ObjectSchema any = (Schema.ObjectSchema) response(parse("error-examples.mdx"), "default").body().schema();
        assertEquals(List.of("error"), any.properties().stream().map(dev.docpoet.spec.Property::name).toList());
        assertEquals("{\"deleted\":true}", response(parse("error-examples.mdx"), "200").body().example().toJson());
        Schema.ObjectSchema notFound = (Schema.ObjectSchema) response(parse("error-examples.mdx"), "404").body().schema();
        assertNull(notFound.property("deleted"));
        assertEquals(List.of("error", "code"), notFound.properties().stream().map(dev.docpoet.spec.Property::name).toList());
    }

    @Test
    void mapsFromTheTypeFromAPlaceholderAndFromDataKeys() {
        Schema.ObjectSchema body = (Schema.ObjectSchema) response(parse("maps.mdx"), "200").body().schema();
        assertEquals(new Schema.MapSchema(new Schema.IntegerSchema()), body.property("limits").schema(), "map of string to integer");
        Schema.MapSchema pricing = assertInstanceOf(Schema.MapSchema.class, body.property("pricing").schema(), "{model-id}");
        Schema.ObjectSchema price = assertInstanceOf(Schema.ObjectSchema.class, pricing.values());
        assertEquals(List.of("input", "output"), price.properties().stream().map(dev.docpoet.spec.Property::name).toList());
        assertEquals(new Schema.MapSchema(new Schema.StringSchema(null)), body.property("locales").schema(), "keys en-US, de-DE are data");
    }

    @Test
    void anEnvelopeAroundTheDocumentedFieldsIsTheBody() {
        Schema.ObjectSchema body = (Schema.ObjectSchema) response(parse("envelope.mdx"), "200").body().schema();
        assertEquals(List.of("result", "status", "time"), body.properties().stream().map(dev.docpoet.spec.Property::name).toList());
        Schema.ArraySchema result = assertInstanceOf(Schema.ArraySchema.class, body.property("result").schema());
        Schema.ObjectSchema point = assertInstanceOf(Schema.ObjectSchema.class, result.items());
        assertEquals(true, point.property("id").required(), "the documented fields, inside");
        assertEquals(dev.docpoet.spec.Origin.DOCUMENTED, point.property("score").origin());
        assertEquals(dev.docpoet.spec.Origin.INFERRED_FROM_EXAMPLE, body.property("status").origin());
    }

    @Test
    void anEnvelopeAroundADisplayName() {
        Schema.ObjectSchema body = (Schema.ObjectSchema) response(parse("envelope-display-name.mdx"), "200").body().schema();
        assertEquals(List.of("data", "usage"), body.properties().stream().map(dev.docpoet.spec.Property::name).toList());
        Schema.ObjectSchema data = assertInstanceOf(Schema.ObjectSchema.class, body.property("data").schema());
        assertEquals(List.of("id", "values"), data.properties().stream().map(dev.docpoet.spec.Property::name).toList());
        assertEquals("The vectors found.", body.property("data").description());
    }

    @Test
    void aStatusInTheSentenceBeforeAJsonBlockMakesItThatResponsesExample() {
        Endpoint e = Models.only(parse("status-in-prose.mdx"));
        assertEquals(List.of("200", "409"), e.responses().stream().map(Response::status).toList());
        Schema.ObjectSchema conflict = (Schema.ObjectSchema) response(parse("status-in-prose.mdx"), "409").body().schema();
        assertEquals(List.of("error", "retryAfter"), conflict.properties().stream().map(dev.docpoet.spec.Property::name).toList());
        assertNull(response(parse("status-in-prose.mdx"), "200").body().example(), "an illustration is no example");
    }
}
