/** The annotations users put on their interfaces: {@link dev.docpoet.ApiDocs} and {@link dev.docpoet.Endpoint}. */
@NullMarked
package dev.docpoet;

import org.jspecify.annotations.NullMarked;
