package dev.docpoet.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One record for the variants of a union: every field of each, taking every value the variants allow. */
class SchemaTest {
    private static Property field(String name, Schema s, boolean required, boolean nullable) {
        return new Property(name, s, required, nullable, "", "", null, null, false, Origin.DOCUMENTED, false, new SourceLocation("spec.yaml", 1, 1));
    }

    private static Schema.EnumSchema strings(String... values) {
        return new Schema.EnumSchema(Schema.EnumKind.STRING, List.of(values), false);
    }

    @Test
    void aFieldTheVariantsShareTakesEveryValueTheyAllow() {
        Schema.ObjectSchema track = new Schema.ObjectSchema(List.of(field("type", strings("track"), true, false),
                field("name", new Schema.StringSchema(null), true, false), field("mode", strings("a"), false, false),
                field("rank", new Schema.EnumSchema(Schema.EnumKind.INTEGER, List.of("1"), false), false, false)));
        Schema.ObjectSchema episode = new Schema.ObjectSchema(List.of(field("type", strings("episode", "track"), true, false),
                field("name", new Schema.StringSchema(null), true, true), field("mode", new Schema.StringSchema(null), false, false),
                field("rank", new Schema.StringSchema(null), false, false), field("show", new Schema.StringSchema(null), true, false)));
        Schema.ObjectSchema merged = Schema.UnionSchema.mergedFields(List.of(track, episode), 2);

        assertEquals(strings("track", "episode"), merged.property("type").schema(), "each variant's values, once");
        assertTrue(merged.property("type").required());
        assertTrue(merged.property("name").nullable(), "null where one variant allows it");
        assertTrue(merged.property("name").required());
        assertEquals(new Schema.StringSchema(null), merged.property("mode").schema(), "any string, as one variant says");
        assertEquals(new Schema.EnumSchema(Schema.EnumKind.INTEGER, List.of("1"), false), merged.property("rank").schema(),
                "types that differ otherwise keep the first's");
        assertFalse(merged.property("show").required(), "one variant lacks it");
        assertEquals(List.of("type", "name", "mode", "rank", "show"), merged.properties().stream().map(Property::name).toList());
    }
}
