/**
 * Files: strict UTF-8 with the BOM kept ({@link dev.atomstate.io.SourceText}), bounded reads, the locked read-modify-write of one
 * or several files with atomic replacement ({@link dev.atomstate.io.StateFile}, {@link dev.atomstate.io.WriteLock},
 * AtomicWrite), which files a run works on ({@link dev.atomstate.io.Discovery}), the roadmap and phase folders beside a state
 * file ({@link dev.atomstate.io.NeighbourFiles}, read only — parse reads what they say), and the configuration files
 * ({@link dev.atomstate.io.ConfigLoader}).
 *
 * <p>Imports {@code model} and {@code config} only: it neither parses planning files nor knows the use cases; it takes pure
 * functions (bytes in, bytes out) from the command line. Every write goes through {@link dev.atomstate.io.StateFile}.
 */
package dev.atomstate.io;
