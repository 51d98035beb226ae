package dev.atomstate.app.merge;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.TextEdit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines {@code git setup} keeps in a .gitattributes file: one {@code PATTERN merge=atomstate} per planning file,
 * under a comment saying where they come from. Setup adds the lines that are missing (in the file's own line
 * endings), unsetup removes every {@code merge=atomstate} line and the comment; both change nothing the second time.
 */
public final class GitAttributes {
    private GitAttributes() {
    }

    public static final String DRIVER = "atomstate";
    static final String COMMENT = "# atomstate: merge planning state by its structure (atomstate git setup)";

    /** The command line git runs for the driver: %O base, %A ours (and the result), %B theirs, %L marker size, %P path. */
    public static String driverCommand(String executable) {
        return executable + " merge-driver %O %A %B -L %L -P %P";
    }

    public static Change setup(String current, List<String> patterns) {
        String text = current == null ? "" : current;
        List<String> lines = Diff3.split(text);
        List<String> missing = new ArrayList<>();
        for (String p : patterns) {
            String wanted = p + " merge=" + DRIVER;
            if (lines.stream().noneMatch(l -> l.strip().equals(wanted)) && !missing.contains(wanted)) {
                missing.add(wanted);
            }
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("attributes", missing);
        if (missing.isEmpty()) {
            return new Change(List.of(), List.of("the attributes are already there; nothing changed"), "already set up", facts);
        }
        String nl = text.contains("\r\n") ? "\r\n" : "\n";
        boolean hasComment = lines.stream().anyMatch(l -> l.strip().equals(COMMENT));
        StringBuilder add = new StringBuilder();
        if (!text.isEmpty() && !text.endsWith("\n")) {
            add.append(nl);
        }
        if (!hasComment) {
            if (!text.isBlank()) {
                add.append(nl);
            }
            add.append(COMMENT).append(nl);
        }
        List<String> notes = new ArrayList<>();
        for (String m : missing) {
            add.append(m).append(nl);
            notes.add("attribute added: " + m);
        }
        return new Change(List.of(TextEdit.insert(text.length(), add.toString(), "attributes")), notes, "set up", facts);
    }

    public static Change unsetup(String current) {
        String text = current == null ? "" : current;
        List<TextEdit> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int at = 0;
        for (String l : Diff3.split(text)) {
            String s = l.strip();
            if (s.equals(COMMENT) || s.matches("\\S+\\s+merge=" + DRIVER)) {
                edits.add(new TextEdit(at, at + l.length(), "", "attribute removed"));
                notes.add(s.equals(COMMENT) ? "comment removed" : "attribute removed: " + s);
            }
            at += l.length();
        }
        String summary = edits.isEmpty() ? "not set up" : "removed";
        return new Change(edits, edits.isEmpty() ? List.of("no merge=" + DRIVER + " attributes; nothing changed") : notes, summary,
                new LinkedHashMap<>());
    }
}
