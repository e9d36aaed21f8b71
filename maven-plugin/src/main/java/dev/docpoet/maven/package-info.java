/**
 * docpoet's Maven plugin (prefix {@code docpoet}): {@code refresh} makes {@code mvn compile} notice doc edits on the
 * processor path, {@code generate} generates from a docs folder, {@code lock} and {@code check} catch contract drift,
 * {@code openapi} exports the model.
 */
package dev.docpoet.maven;
