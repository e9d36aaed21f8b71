/** Pages docusaurus-openapi-docs generated: the OpenAPI operation they carry, read back by the spec reader. */
@NullMarked
package dev.docpoet.parse.internal.docusaurus;

import org.jspecify.annotations.NullMarked;
