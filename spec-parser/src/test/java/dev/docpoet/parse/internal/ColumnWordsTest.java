package dev.docpoet.parse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docpoet.parse.internal.ColumnWords.Role;
import org.junit.jupiter.api.Test;

/** One list of header words for the GFM-table and ReadMe readers: exact for GFM tables, among other words for ReadMe. */
class ColumnWordsTest {
    @Test
    void bothFormatsWordsReadExactly() {
        assertEquals(Role.TYPE, ColumnWords.exact("Schema"), "a GFM word");
        assertEquals(Role.TYPE, ColumnWords.exact("**Tipo**"), "a ReadMe word, now read in GFM tables too");
        assertEquals(Role.REQUIRED, ColumnWords.exact("Req."));
        assertEquals(Role.OPTIONAL, ColumnWords.exact("Optional?"));
        assertEquals(Role.DESCRIPTION, ColumnWords.exact("Descripción"));
        assertNull(ColumnWords.exact("Value"), "a value column is the GFM reader's own, a description in ReadMe's");
    }

    @Test
    void aHeaderNamingItsRoleAmongOtherWordsReadsOnlyWithin() {
        assertNull(ColumnWords.exact("Is required"));
        assertEquals(Role.REQUIRED, ColumnWords.within("Is required"));
        assertEquals(Role.NAME, ColumnWords.within("Parameter Name"));
    }
}
