/**
 * Docs from where they live: fetching a vendor's docs (a docs site through its {@code llms.txt}, page URLs, a spec URL
 * and the files its relative {@code $ref}s name) into a project folder with a sources lock, and checking upstream
 * against that lock. The CLI and the Maven plugin use it; the annotation processor never does, and no build reads
 * anything but the project's copy.
 */
@NullMarked
package dev.docpoet.fetch;

import org.jspecify.annotations.NullMarked;
