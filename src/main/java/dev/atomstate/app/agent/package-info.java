/**
 * Agent clients (Claude Code, Gemini CLI): the hook entries {@code agent install} splices into a client's settings
 * file and {@code agent uninstall} removes, the pre-edit guard's decision from a hook's input, and the instructions
 * block for AGENTS.md / CLAUDE.md. Pure like the rest of {@code app}: settings text in, edits out; the guard asks the
 * file system through its {@code Disk} interface, which the cli answers. A new client is its formats in
 * {@link dev.atomstate.app.agent.AgentClient}.
 */
package dev.atomstate.app.agent;
