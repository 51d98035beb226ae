/**
 * Worklogs: entries found by their timestamps (headings, time sub-headings, pipe lines, label lines), their parts
 * (objective, steps, results, other labelled parts), the labels and layout a new entry is written with, and the status an
 * entry's wording says. Part of the {@code parse} layer: imports {@code model} and {@code parse} only.
 *
 * <p>A new timestamp spelling goes in {@link dev.atomstate.parse.worklog.Timestamps}; a new entry layout in
 * {@link dev.atomstate.parse.worklog.WorklogParser} (and its writer in app.worklog.LogAdd).
 */
package dev.atomstate.parse.worklog;
