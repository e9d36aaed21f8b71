/** The annotations users put on their interfaces: {@link dev.docpoet.ApiDocs} (with {@link dev.docpoet.TypeName}) and {@link dev.docpoet.Endpoint}. */
@NullMarked
package dev.docpoet;

import org.jspecify.annotations.NullMarked;
