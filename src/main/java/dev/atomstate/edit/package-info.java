/**
 * Text edits and the splicer that applies them to the original text ({@link dev.atomstate.edit.TextEdit},
 * {@link dev.atomstate.edit.Splicer}, {@link dev.atomstate.edit.Change}: what a command decided), the unified diff of
 * --dry-run, and the renderers that write a new value in a form {@code parse} recorded: dates, percents, bars, durations and
 * YAML scalars ({@link dev.atomstate.edit.Styles}), the position fields ({@link dev.atomstate.edit.PositionText}), decision
 * items, milestone values, progress segments.
 *
 * <p>Imports {@code model}, {@code parse} (for the form records) and {@code query}. It renders; it does not read text: a new
 * form is read in {@code parse} and written here. A new dialect's renderer goes next to the renderer of the same field.
 */
package dev.atomstate.edit;
