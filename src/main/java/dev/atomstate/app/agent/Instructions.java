package dev.atomstate.app.agent;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;

import java.util.List;
import java.util.Map;

/**
 * {@code atomstate instructions}: the guidance agents follow (which command for which change, never by hand, how to
 * read --json, exit codes), as one block between markers in AGENTS.md, CLAUDE.md or any Markdown file. Writing
 * replaces only that block, or appends it; the same block again changes nothing.
 */
public final class Instructions {
    private Instructions() {
    }

    public static final String BEGIN = "<!-- atomstate:instructions:begin (written by 'atomstate instructions --write'; edit outside these markers) -->";
    public static final String END = "<!-- atomstate:instructions:end -->";
    private static final String BEGIN_PREFIX = "<!-- atomstate:instructions:begin";

    private static final List<String> BODY = List.of(
            "## Planning state: use atomstate, never edit by hand",
            "",
            "`.planning/STATE.md` (position, progress, decisions, blockers, todos, session) and the worklog are kept by",
            "**atomstate**. Never edit them directly (no Edit/Write tools, no sed, no `echo >>`): run the command. It",
            "changes exactly what it says, in the file's own style, or refuses and changes nothing.",
            "",
            "| to… | run |",
            "|---|---|",
            "| see where the project is | `atomstate status` (`--json`: the whole model) |",
            "| finish a plan | `atomstate complete-plan 02-03 --duration 25min --title \"…\"` |",
            "| record a decision | `atomstate decide \"…\" [--rationale \"…\"]` |",
            "| note / clear a blocker | `atomstate block \"…\"` / `atomstate unblock \"words or number\"` |",
            "| add / close a todo | `atomstate todo add \"…\"` / `atomstate todo done \"words or number\"` |",
            "| record where you stopped | `atomstate session --stopped-at \"…\" [--resume-file PATH]` |",
            "| record a plan's duration | `atomstate metric 02-03 --duration 25min` |",
            "| move to another phase | `atomstate begin-phase 3 --name \"…\" --plans 4`, `atomstate complete-phase` |",
            "| change one field | `atomstate set FIELD VALUE` |",
            "| log work | `atomstate log add --objective \"…\" --step \"…\"`, `atomstate log result latest \"…\" --status completed` |",
            "| check consistency | `atomstate check` (`--fix` repairs what is certain) |",
            "",
            "- `--dry-run` prints the diff and writes nothing. `--json` prints one JSON document on stdout:",
            "  `{\"schemaVersion\": 1, \"kind\": \"<command>\", …}`; writes report `changed`, `written`, `summary` and",
            "  `changes`; `atomstate schema` prints the JSON Schema of every document.",
            "- Exit codes: 0 done (also \"already recorded, nothing changed\"), 1 refused (one `atomstate:` line on",
            "  stderr says why and what to do instead), 2 usage error, 3 the file cannot be read or written.",
            "- Re-running a command is safe: what is already recorded is not recorded twice.",
            "- Through MCP (`atomstate mcp`) the same commands are tools: status, complete_plan, decide, block, unblock,",
            "  todo_add, todo_done, session, metric, begin_phase, complete_phase, check, log_add, log_result.");

    /** The block, markers included, with {@code newline} line breaks and a final one. */
    public static String block(String newline) {
        StringBuilder sb = new StringBuilder(BEGIN).append(newline);
        for (String line : BODY) {
            sb.append(line).append(newline);
        }
        return sb.append(END).append(newline).toString();
    }

    public static int lines() {
        return BODY.size() + 2;
    }

    /** The change that makes {@code text} (the file, or "" when there is none) hold the current block exactly once. */
    public static Change write(String name, String text) {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String block = block(newline);
        int begin = lineStart(text, text.indexOf(BEGIN_PREFIX));
        if (begin < 0) {
            // one blank line between the file's last line and the block
            String sep = text.isEmpty() || text.endsWith(newline + newline) ? "" : text.endsWith("\n") ? newline : newline + newline;
            return new Change(List.of(TextEdit.insert(text.length(), sep + block, "the atomstate instructions")),
                    List.of("added the atomstate instructions (" + lines() + " lines) at the end"), "added the atomstate instructions", Map.of());
        }
        if (text.indexOf(BEGIN_PREFIX, begin + 1) >= 0) {
            throw AtomstateException.refused(name + ":" + lineOf(text, text.indexOf(BEGIN_PREFIX, begin + 1))
                    + ": a second atomstate instructions block; remove one, then run again; nothing was written");
        }
        int endMarker = text.indexOf(END, begin);
        if (endMarker < 0) {
            throw AtomstateException.refused(name + ":" + lineOf(text, begin) + ": the atomstate instructions block has no end marker ("
                    + END + "); add it or remove the block, then run again; nothing was written");
        }
        int end = lineEnd(text, endMarker + END.length());
        String current = text.substring(begin, end);
        if (current.equals(block)) {
            return new Change(List.of(), List.of(name + " already has the current atomstate instructions; nothing changed"),
                    "the atomstate instructions are up to date", Map.of());
        }
        return new Change(List.of(new TextEdit(begin, end, block, "the atomstate instructions")),
                List.of("replaced the atomstate instructions block (line " + lineOf(text, begin) + ")"), "updated the atomstate instructions", Map.of());
    }

    private static int lineStart(String text, int at) {
        return at < 0 ? -1 : text.lastIndexOf('\n', at - 1) + 1;
    }

    /** After the line break that ends the line holding {@code at}, or the end of the text. */
    private static int lineEnd(String text, int at) {
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() : nl + 1;
    }

    private static int lineOf(String text, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
