package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CompactLayoutTest {
    @Test
    void aJavadocOfOneLineIsWrittenOnOne() {
        assertEquals("""
                    /** The required {@code id}. */
                    public String id() {
                """, CompactLayout.compact("""
                    /**
                     * The required {@code id}.
                     */
                    public String id() {
                """));
    }

    @Test
    void aJavadocOfSeveralLinesATagOrOneTooWideStaysAsItIs() {
        String several = """
                /**
                 * First.
                 *
                 * <p>Second.
                 */
                """;
        String tag = """
                /**
                 * @deprecated use another
                 */
                """;
        String wide = "    /**\n     * " + "x".repeat(CompactLayout.WIDTH) + "\n     */\n";
        assertEquals(several, CompactLayout.compact(several));
        assertEquals(tag, CompactLayout.compact(tag));
        assertEquals(wide, CompactLayout.compact(wide));
    }

    @Test
    void anAnnotationWhoseMembersFitIsWrittenOnOneLine() {
        assertEquals("""
                @Generated(value = "dev.docpoet.processor.ApiDocsProcessor", comments = "Source: a, b.md")
                public record A() {
                """, CompactLayout.compact("""
                @Generated(
                        value = "dev.docpoet.processor.ApiDocsProcessor",
                        comments = "Source: a, b.md"
                )
                public record A() {
                """));
    }

    @Test
    void anAnnotationWithAMemberOverSeveralLinesOrTooWideStaysAsItIs() {
        String array = """
                @JsonSubTypes({
                        @JsonSubTypes.Type(value = A.class, name = "a"),
                        @JsonSubTypes.Type(value = B.class, name = "b")
                })
                """;
        String wide = "@Generated(\n        value = \"" + "x".repeat(CompactLayout.WIDTH) + "\"\n)\n";
        assertEquals(array, CompactLayout.compact(array));
        assertEquals(wide, CompactLayout.compact(wide));
    }

    @Test
    void enumConstantsGoOnePerLine() {
        assertEquals("""
                    public enum Known {
                        BETA,
                        GREEN,
                        /** A value the docs do not list. */
                        UNKNOWN
                    }
                """, CompactLayout.compact("""
                    public enum Known {
                        BETA,

                        GREEN,

                        /**
                         * A value the docs do not list.
                         */
                        UNKNOWN
                    }
                """));
    }

    @Test
    void constantsWithoutJavadocGoOnePerLine() {
        assertEquals("""
                    public static final Color RED = new Color("red", Known.RED);
                    public static final Color BLUE = new Color("blue", Known.BLUE);

                    /** {@code dark-green} */
                    public static final Color DARK_GREEN = new Color("dark-green", Known.DARK_GREEN);

                    private Color(String value, Known known) {
                """, CompactLayout.compact("""
                    public static final Color RED = new Color("red", Known.RED);

                    public static final Color BLUE = new Color("blue", Known.BLUE);

                    /**
                     * {@code dark-green}
                     */
                    public static final Color DARK_GREEN = new Color("dark-green", Known.DARK_GREEN);

                    private Color(String value, Known known) {
                """));
    }

    @Test
    void codeIsLeftAlone() {
        String code = """
                    static Ticket read(Map<String, @Nullable Object> json, String at) {
                        return new Ticket(
                                a,
                                b);
                    }

                    private static final String X = "/**";
                """;
        assertEquals(code, CompactLayout.compact(code));
    }
}
