package dev.docpoet.client;

import java.util.List;

/**
 * A request body as a {@link Call} holds it, one of the media types docpoet sends; {@link RequestBodies} turns it into
 * bytes on the wire.
 */
sealed interface Payload {
    /** Whether the body can be sent again, for a retry: all but an upload read from an input stream. */
    boolean repeatable();

    /** A generated request record (or any value), written as JSON by the client's codec. */
    record Json(Object value) implements Payload {
        @Override
        public boolean repeatable() {
            return true;
        }
    }

    /** {@code multipart/form-data}: text, file and JSON parts in the order given. */
    record Multipart(List<Part> parts) implements Payload {
        public Multipart {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean repeatable() {
            return parts.stream().allMatch(p -> !(p instanceof Part.File f) || f.upload().repeatable());
        }
    }

    /** {@code application/x-www-form-urlencoded}: name and value pairs, in order; a list repeats its name. */
    record Form(List<Part> parts) implements Payload {
        public Form {
            parts = List.copyOf(parts);
        }

        @Override
        public boolean repeatable() {
            return true;
        }
    }

    /** The whole body is one file or run of bytes, sent as its own content type. */
    record Binary(Upload upload) implements Payload {
        @Override
        public boolean repeatable() {
            return upload.repeatable();
        }
    }

    /** The whole body is text of a documented media type ({@code text/plain}, {@code text/csv}), sent in UTF-8. */
    record Text(String text, String mediaType) implements Payload {
        @Override
        public boolean repeatable() {
            return true;
        }
    }

    /** One field of a form or multipart body. */
    sealed interface Part {
        String name();

        /** A text field: its value as {@link UriEncoding#text} writes a parameter. */
        record Text(String name, String value) implements Part {}

        /** A file field (multipart only). */
        record File(String name, Upload upload) implements Part {}

        /** A field whose value is an object: a JSON part ({@code application/json}) in multipart, JSON text in a form. */
        record Json(String name, Object value) implements Part {}
    }
}
