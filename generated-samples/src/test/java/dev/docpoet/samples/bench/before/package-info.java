/**
 * The anchor of {@code ReadBenchmark}: the helpdesk {@code Ticket} exactly as docpoet generated it before reads became
 * tolerant (commit ee42d61: Jackson bound each component to its type; one wrong value failed the body), with its
 * runtime helper beside it. Not to be edited: it is the "before" the benchmark compares with.
 */
@NullMarked
package dev.docpoet.samples.bench.before;

import org.jspecify.annotations.NullMarked;
