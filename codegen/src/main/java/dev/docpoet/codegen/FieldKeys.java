package dev.docpoet.codegen;

/**
 * Where a field sits, by its wire names: for messages ({@code GET /a/{id} 200 /x/y}) and for pins and the source's
 * names ({@code GET /a/{} 200 /x/y}).
 */
record FieldKeys(String display, String pin, String pointer) {
    /** The keys of a body. */
    static FieldKeys of(BodyUse use) {
        return new FieldKeys(use.key(), use.pinKey(), "");
    }

    /** The keys of a spec's shared component, as the source's names key its fields. */
    static FieldKeys of(dev.docpoet.spec.Component c) {
        return new FieldKeys(dev.docpoet.spec.Component.pinKey(c.key()), dev.docpoet.spec.Component.pinKey(c.key()), "");
    }

    /** The keys of a field of this one. */
    FieldKeys field(String wireName) {
        return new FieldKeys(display, pin, pointer + "/" + wireName);
    }

    String displayKey() {
        return display + " " + pointer;
    }

    String pinKey() {
        return pin + " " + pointer;
    }
}
