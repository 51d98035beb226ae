/**
 * The use cases, one class each: a parsed file and the options in, a {@link dev.atomstate.edit.Change} (or a report) out —
 * {@link dev.atomstate.app.CompletePlan}, {@link dev.atomstate.app.RecordDecision}, {@link dev.atomstate.app.BeginPhase},
 * {@link dev.atomstate.app.StatusReport}, {@link dev.atomstate.app.CompletePlanWithLog} (two files, one computation), and the
 * others. Pure: no I/O, no picocli, no clock of their own (it is passed in); a refusal is an exception before anything is
 * written.
 *
 * <p>Imports {@code model}, {@code config}, {@code parse}, {@code query} and {@code edit}; never {@code check} (the two sit side
 * by side; what both need is in {@code query}). A new command: its use case here (with {@code app.worklog} for worklog
 * commands), one thin class in {@code cli}, golden folders under {@code src/test/resources/golden/}.
 */
package dev.atomstate.app;
