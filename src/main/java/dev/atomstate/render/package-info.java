/**
 * Everything the command line prints, from use-case results: the status text and JSON (from one
 * {@link dev.atomstate.app.StatusReport}), the model as the contract's JSON ({@link dev.atomstate.render.ModelJson}), check's
 * formats ({@link dev.atomstate.render.CheckReport}: text, JSON, GitHub annotations, SARIF), a write's result or diff
 * ({@link dev.atomstate.render.WriteReport}), the list, progress, log, get, init and export outputs, and the one-line error.
 *
 * <p>Imports {@code model}, {@code parse}, {@code query}, {@code edit}, {@code app} and {@code check}; never calls a use case that
 * writes (nothing here produces a Change). Jackson is loaded only when JSON or YAML is printed. A new command's output goes here.
 */
package dev.atomstate.render;
