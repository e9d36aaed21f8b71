package dev.docpoet.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaNamesTest {
    @Test
    void members() {
        assertEquals("id", JavaNames.member("_id"));
        assertEquals("classValue", JavaNames.member("class"));
        assertEquals("userName", JavaNames.member("user-name"));
        assertEquals("firstName", JavaNames.member("first name"));
        assertEquals("größe", JavaNames.member("größe"));
        assertEquals("userId", JavaNames.member("user_id"));
        assertEquals("httpStatus", JavaNames.member("HTTPStatus"));
        assertEquals("hashCodeValue", JavaNames.member("hashCode"));
        assertEquals("field123abc", JavaNames.member("123abc"));
        assertEquals("featurebaseVersion", JavaNames.member("Featurebase-Version"));
        assertEquals("value", JavaNames.member("$$"));
    }

    @Test
    void constants() {
        assertEquals("VALUE_10000", JavaNames.constant("10000"));
        assertEquals("VALUE_2026_01_01_NOVA", JavaNames.constant("2026-01-01.nova"));
        assertEquals("IN_PROGRESS", JavaNames.constant("in-progress"));
        assertEquals("EMPTY", JavaNames.constant(""));
        assertEquals("HANDED_OFF_TO_HUMAN", JavaNames.constant("handed_off_to_human"));
        assertEquals("USER_MSG", JavaNames.constant("userMsg"));
        assertEquals("SYMBOL_PLUS_SIGN", JavaNames.constant("+"));
    }

    @Test
    void types() {
        assertEquals("ConversationPart", JavaNames.itemTypeName("conversationParts"));
        assertEquals("ReadReceipt", JavaNames.itemTypeName("readReceipts"));
        assertEquals("Category", JavaNames.itemTypeName("categories"));
        assertEquals("Address", JavaNames.itemTypeName("addresses"));
        assertEquals("DataItem", JavaNames.itemTypeName("data"));
        assertEquals("StatusItem", JavaNames.itemTypeName("status"));
        assertEquals("AdditionalInfo", JavaNames.upperCamel("additional_info"));
    }
}
