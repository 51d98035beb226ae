/**
 * The Model Context Protocol server ({@code atomstate mcp}): the everyday commands as MCP tools over stdio, the state
 * file and worklog as resources. An adapter that the cli's mcp command starts: every tool call runs the command of the
 * same name through the {@link dev.atomstate.mcp.McpHost} the cli gives it, so a tool changes a file exactly as the
 * command line would, and the tools' input schemas come from the CLI's own option definitions.
 *
 * <p>The only package that touches the MCP SDK (and keeps it off every other command's start-up path). Imports
 * {@code model} only; never picocli, never {@code cli}: what it needs of the command line is in {@code McpHost}.
 * A new tool is one line in {@code ToolCatalog} naming its command and its {@code --json} kind.
 */
package dev.atomstate.mcp;
