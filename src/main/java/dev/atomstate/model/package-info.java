/**
 * The typed state: records and enums for what a STATE.md, a worklog and a roadmap say ({@link dev.atomstate.model.StateModel},
 * {@link dev.atomstate.model.WorklogEntry}, {@link dev.atomstate.model.Roadmap}), plan ids, and the one error type a command
 * may end with ({@link dev.atomstate.model.AtomstateException}).
 *
 * <p>Imports nothing of ours; every other package may import it. No parsing here: reading a value from text is
 * {@code parse}'s job (plan ids too: parse.PlanIds), so a model class holds no regex. A new field of the state is a
 * component here, read in {@code parse}, shown in {@code render}.
 */
package dev.atomstate.model;
