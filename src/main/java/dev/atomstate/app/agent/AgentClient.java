package dev.atomstate.app.agent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The agent clients whose hook formats are documented, and what atomstate adds to each one's project settings:
 * a guard before file edits, the short status at session start, and (Claude Code) the status line.
 *
 * <ul>
 *   <li>Claude Code: {@code .claude/settings.json}, {@code hooks.<Event>[] = {matcher, hooks: [{type, command}]}},
 *       {@code statusLine = {type, command}}; a PreToolUse hook blocks with exit code 2 and its stderr goes to
 *       the model; SessionStart's stdout becomes context (https://code.claude.com/docs/en/hooks,
 *       https://code.claude.com/docs/en/statusline).</li>
 *   <li>Gemini CLI: {@code .gemini/settings.json}, the same shape with {@code name} and {@code description};
 *       BeforeTool blocks with exit code 2 and stderr as the reason; stdout must be JSON only, SessionStart
 *       context goes in {@code hookSpecificOutput.additionalContext}; edits are the {@code write_file} and
 *       {@code replace} tools (https://geminicli.com/docs/hooks/reference).</li>
 * </ul>
 */
public enum AgentClient {
    CLAUDE("claude", "Claude Code", ".claude/settings.json", "PreToolUse", "Edit|MultiEdit|Write", "SessionStart",
            "startup|resume|clear|compact", true, Set.of("Edit", "MultiEdit", "Write")),
    GEMINI("gemini", "Gemini CLI", ".gemini/settings.json", "BeforeTool", "write_file|replace", "SessionStart",
            null, false, Set.of("write_file", "replace"));

    /** What a hook entry of ours does. */
    public enum Role {
        GUARD("agent guard"), CONTEXT("agent context"), STATUS_LINE("status --line");

        final String words;

        Role(String words) {
            this.words = words;
        }
    }

    public final String id;
    public final String title;
    public final String settings;
    final String editEvent;
    final String editMatcher;
    final String startEvent;
    final String startMatcher;
    final boolean statusLine;
    public final Set<String> editTools;

    AgentClient(String id, String title, String settings, String editEvent, String editMatcher, String startEvent,
                String startMatcher, boolean statusLine, Set<String> editTools) {
        this.id = id;
        this.title = title;
        this.settings = settings;
        this.editEvent = editEvent;
        this.editMatcher = editMatcher;
        this.startEvent = startEvent;
        this.startMatcher = startMatcher;
        this.statusLine = statusLine;
        this.editTools = editTools;
    }

    public static AgentClient of(String id) {
        for (AgentClient c : values()) {
            if (c.id.equals(id.toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return null;
    }

    /** The command a hook of {@code role} runs, for the client's own format where it has one. */
    public String command(String launcher, Role role) {
        return launcher + " " + role.words + (role == Role.STATUS_LINE ? "" : " " + id);
    }

    /** One hook entry to add: the event it goes under, the group it is, and its role. */
    record Hook(String event, Map<String, Object> group, Role role) {
    }

    List<Hook> hooks(String launcher) {
        return List.of(new Hook(editEvent, group(editMatcher, handler(launcher, Role.GUARD,
                        "Refuses direct edits of the planning state file and worklog, naming the atomstate command to run instead")), Role.GUARD),
                new Hook(startEvent, group(startMatcher, handler(launcher, Role.CONTEXT,
                        "Starts the session from the planning state: the short atomstate status")), Role.CONTEXT));
    }

    Map<String, Object> statusLineEntry(String launcher) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "command");
        m.put("command", command(launcher, Role.STATUS_LINE));
        return m;
    }

    private Map<String, Object> handler(String launcher, Role role, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (this == GEMINI) {
            m.put("name", "atomstate-" + role.name().toLowerCase(Locale.ROOT));
        }
        m.put("type", "command");
        m.put("command", command(launcher, role));
        if (this == GEMINI) {
            m.put("description", description);
        }
        return m;
    }

    private static Map<String, Object> group(String matcher, Map<String, Object> handler) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (matcher != null) {
            m.put("matcher", matcher);
        }
        m.put("hooks", List.of(handler));
        return m;
    }

    /** Whether {@code command} is one of ours for {@code role}, whatever launcher runs it. */
    static boolean isOurs(String command, Role role) {
        return command != null && Pattern.compile("(?:^|[\\s/\"'])atomstate(?:\\.jar)?[\"']?\\s+" + role.words.replace(" ", "\\s+")
                + "(?:\\s|$)").matcher(command).find();
    }

    /** A launcher that the entries can be found by again: a command ending in atomstate or atomstate.jar. */
    public static boolean isLauncher(String launcher) {
        return launcher != null && !launcher.isBlank() && launcher.strip().matches("(?s).*(?:^|[\\s/\"'])atomstate(?:\\.jar)?[\"']?");
    }
}
