/**
 * The command line (picocli): {@link dev.atomstate.cli.Cli} builds it with injected streams, environment and working directory;
 * one {@link dev.atomstate.cli.Invocation} per run holds the root options ({@link dev.atomstate.cli.GlobalOptions}) and what they
 * resolve to; each command class only translates its options into one use case, runs it through io (reading, or
 * {@link dev.atomstate.cli.Writes}' validate-then-write-once flow) and hands the result to one renderer. Exit codes are
 * {@link dev.atomstate.cli.ExitCodes}; only {@link dev.atomstate.cli.Main} calls System.exit.
 *
 * <p>The top layer: it may import every package, and picocli is used nowhere else. A new command: one class here with a
 * constructor taking the Invocation, its name in RootCommand.COMMANDS, its use case in {@code app}, its output in
 * {@code render}, its kind in atomstate.schema.json, golden folders.
 */
package dev.atomstate.cli;
