/**
 * Read-only facts derived from a parsed file, shared by the use cases ({@code app}) and the rules ({@code check}): whether a
 * plan is done ({@link dev.atomstate.query.PlanStatus}), the totals and where each comes from ({@link dev.atomstate.query.Totals}),
 * plan ids as the file pads them ({@link dev.atomstate.query.WrittenPlanIds}), stale placeholders, the lists the list commands
 * filter ({@link dev.atomstate.query.StateLists}), and worklog entries by number ({@code query.worklog}).
 *
 * <p>Imports {@code model} and {@code parse} only; never writes, never renders. A fact that both a command and a rule need
 * goes here rather than in either of them (they do not import each other). No regex: the forms are {@code parse}'s.
 */
package dev.atomstate.query;
