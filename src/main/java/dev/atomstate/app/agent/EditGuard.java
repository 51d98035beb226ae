package dev.atomstate.app.agent;

import dev.atomstate.parse.json.JsonText;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * {@code agent guard}: reads a client's pre-edit hook input and decides whether the edit may go ahead. An edit or
 * write of the state file or the worklog is refused with the atomstate commands that make such changes; every
 * other file, and every tool that does not write files, passes.
 */
public final class EditGuard {
    private EditGuard() {
    }

    /** What the guard asks of the file system (the command answers with java.nio.file.Files). */
    public interface Disk {
        boolean isDirectory(Path p);

        /** The same file, through links too; false when either does not exist. */
        boolean sameFile(Path a, Path b);
    }

    /** The planning files of the project a hook runs in; {@code worklog} may be null. */
    public record Kept(Path stateFile, Path worklog) {
    }

    /** {@code refused} names the file and says what to run instead. */
    public record Decision(boolean allowed, String file, String reason) {
        static Decision allow() {
            return new Decision(true, null, null);
        }
    }

    static final String STATE_COMMANDS = "atomstate complete-plan ID, decide TEXT, block TEXT, unblock MATCH, todo add TEXT, "
            + "todo done MATCH, session --stopped-at TEXT, metric ID --duration D, begin-phase N, complete-phase, set FIELD VALUE "
            + "(or the atomstate MCP tools); 'atomstate instructions' says which is which";
    static final String WORKLOG_COMMANDS = "atomstate log add --objective TEXT [--step TEXT]... [--results TEXT], "
            + "log result N|latest TEXT (or the log_add and log_result MCP tools)";

    /**
     * @param input     the hook's stdin, parsed
     * @param here      the hook process's working directory (used when the input names none)
     * @param planning  the planning files of the project found from a directory (the CLI's discovery)
     */
    public static Decision decide(JsonText.Node input, AgentClient client, Path here, Disk disk, Function<Path, Kept> planning) {
        if (!(input instanceof JsonText.Obj hook) || !(hook.get("tool_input") instanceof JsonText.Obj toolInput)) {
            return Decision.allow();
        }
        String tool = hook.string("tool_name");
        String filePath = toolInput.string("file_path");
        if (tool == null || !client.editTools.contains(tool) || filePath == null || filePath.isBlank()) {
            return Decision.allow();
        }
        Path cwd = here;
        String given = hook.string("cwd");
        try {
            if (given != null && Path.of(given).isAbsolute() && disk.isDirectory(Path.of(given))) {
                cwd = Path.of(given);
            }
            Path target = cwd.resolve(filePath).toAbsolutePath().normalize();
            Path base = cwd.toAbsolutePath().normalize();
            Function<Path, String> display = p -> {
                Path abs = p.toAbsolutePath().normalize();
                return abs.startsWith(base) && !abs.equals(base) ? base.relativize(abs).toString() : abs.toString();
            };
            Kept kept = planning.apply(cwd);
            if (same(disk, target, kept.stateFile()) || same(disk, target, cwd.resolve(".planning").resolve("STATE.md"))) {
                Path shown = kept.stateFile() != null && same(disk, target, kept.stateFile()) ? kept.stateFile() : target;
                return new Decision(false, display.apply(shown), display.apply(shown) + " is kept by atomstate: do not " + verb(tool)
                        + " it by hand (hand edits are how state files drift from what happened). Run the command instead: "
                        + STATE_COMMANDS);
            }
            if (same(disk, target, kept.worklog())) {
                return new Decision(false, display.apply(kept.worklog()), display.apply(kept.worklog()) + " is kept by atomstate: do not "
                        + verb(tool) + " it by hand. Run the command instead: " + WORKLOG_COMMANDS);
            }
        } catch (InvalidPathException e) {
            return Decision.allow(); // not a path this system can write to
        }
        return Decision.allow();
    }

    private static String verb(String tool) {
        return tool.equalsIgnoreCase("Write") || tool.equals("write_file") ? "write" : "edit";
    }

    private static boolean same(Disk disk, Path a, Path b) {
        if (a == null || b == null) {
            return false;
        }
        Path x = a.toAbsolutePath().normalize();
        Path y = b.toAbsolutePath().normalize();
        return x.equals(y) || disk.sameFile(x, y);
    }
}
