/**
 * Source text → a document that knows where everything lives ({@link dev.atomstate.parse.Document}, spans, fields, sections,
 * list items, tables, frontmatter) → the model ({@link dev.atomstate.parse.StateParser}, {@link dev.atomstate.parse.RoadmapParser},
 * and {@code parse.worklog} for worklogs). Tolerant: what cannot be read becomes a {@link dev.atomstate.parse.ParseProblem}.
 *
 * <p>Every form a value is written in is read here, once, and nowhere else: the position fields
 * ({@link dev.atomstate.parse.PositionValues} for what they mean, {@link dev.atomstate.parse.PositionForms} for how they are
 * written: counter, id, slug id, padding, separators), plan ids and phase numbers in text ({@link dev.atomstate.parse.PlanIds}),
 * dates ({@link dev.atomstate.parse.DateForms}), durations, decisions ({@link dev.atomstate.parse.DecisionForms}), milestones,
 * velocity values, placeholders, status words, progress bars ({@link dev.atomstate.parse.ProgressLine}: glyphs and width).
 * A regex that reads a planning file belongs in this package.
 *
 * <p>Imports {@code model} only. A new dialect: its forms here (next to the forms of the same field), its renderer in
 * {@code edit}, a sample under {@code planning-samples/}, and golden cases under {@code src/test/resources/golden/}.
 */
package dev.atomstate.parse;
