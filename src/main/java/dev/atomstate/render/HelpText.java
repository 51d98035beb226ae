package dev.atomstate.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The help pages: the root's (global options described once, commands grouped as in the README's index) and each
 * command's (its own options, a one-line reminder of the global ones, its example). Every text is wrapped at spaces to
 * the width given, so a path, an option or an example is never split inside a word; an example too long for the line is
 * continued shell-style ({@code \}) at a space outside quotes, so it still runs when copied.
 */
public final class HelpText {
    private HelpText() {
    }

    /** The widest the option and command name columns get; longer names put their description on the next line. */
    private static final int MAX_NAME_COLUMN = 30;

    /** The help of {@code cmd}; {@code root} gives the global options, {@code groups} the root's command index. */
    public static String page(CommandDoc cmd, CommandDoc root, List<CommandDoc.Group> groups, int width) {
        StringBuilder b = new StringBuilder();
        boolean isRoot = cmd.path().size() == 1;
        synopsis(b, cmd, width);
        for (String paragraph : cmd.description()) {
            TextWrap.hanging(b, paragraph, 0, 0, width);
        }
        if (!cmd.params().isEmpty()) {
            b.append("\nArguments:\n");
            List<String[]> rows = new ArrayList<>();
            for (CommandDoc.Param p : cmd.params()) {
                rows.add(new String[] {"  " + label(p), p.description()});
            }
            table(b, rows, width);
        }
        List<CommandDoc.Option> own = sorted(isRoot ? cmd.options() : cmd.options().stream().filter(o -> !o.names().contains("--version")).toList());
        if (!own.isEmpty()) {
            b.append(isRoot ? "\nOptions (any command takes them, before or after it):\n" : "\nOptions:\n");
            List<String[]> rows = new ArrayList<>();
            for (CommandDoc.Option o : own) {
                rows.add(new String[] {optionNames(o), o.description()});
            }
            table(b, rows, width);
        }
        if (!cmd.subcommands().isEmpty()) {
            commands(b, cmd, isRoot ? groups : List.of(), width);
        }
        if (!isRoot) {
            b.append('\n');
            TextWrap.paragraph(b, "Global options: " + globals(root, cmd.writes()) + " (see 'atomstate --help'; before or after the command).",
                    2, width);
        }
        footer(b, cmd.footer(), width);
        return b.toString();
    }

    /**
     * What a bare {@code atomstate} prints where it finds no state file: why, the usage line, the commands to start with,
     * and where the rest is.
     */
    public static String brief(CommandDoc root, List<String> first, String why, int width) {
        StringBuilder b = new StringBuilder();
        TextWrap.paragraph(b, why, 2, width);
        b.append('\n');
        synopsis(b, root, width);
        TextWrap.hanging(b, root.header(), 0, 0, width);
        b.append('\n');
        List<String[]> rows = new ArrayList<>();
        for (String name : first) {
            CommandDoc c = root.subcommand(name);
            if (c != null) {
                rows.add(new String[] {"  " + name + paramLabels(c), c.header()});
            }
        }
        table(b, rows, width);
        b.append('\n');
        TextWrap.hanging(b, "Every command: 'atomstate --help'; one command: 'atomstate help COMMAND' (or 'man atomstate-COMMAND').", 0, 0, width);
        return b.toString();
    }

    private static void synopsis(StringBuilder b, CommandDoc cmd, int width) {
        List<String> tokens = new ArrayList<>();
        if (cmd.path().size() == 1) {
            tokens.add("[OPTIONS]");
            tokens.add("[COMMAND [ARGUMENTS]]");
        } else {
            for (CommandDoc.Option o : sorted(cmd.options())) {
                if (o.names().contains("--version")) {
                    continue;
                }
                String t = o.shortestName() + (o.label() == null ? "" : "=" + o.label());
                tokens.add(o.required() ? t : "[" + t + "]");
            }
            for (CommandDoc.Param p : cmd.params()) {
                tokens.add(label(p));
            }
            if (!cmd.subcommands().isEmpty()) {
                tokens.add("COMMAND");
            }
        }
        String head = "Usage: " + cmd.commandLine();
        int indent = head.length() + 1 > width / 2 ? 8 : head.length() + 1;
        b.append(head);
        int column = head.length();
        for (String t : tokens) {
            if (column + 1 + t.length() > width && column > indent) {
                b.append('\n').append(" ".repeat(indent));
                column = indent;
            } else {
                b.append(' ');
                column++;
            }
            b.append(t);
            column += t.length();
        }
        b.append('\n');
    }

    private static void commands(StringBuilder b, CommandDoc cmd, List<CommandDoc.Group> groups, int width) {
        List<String[]> rows = new ArrayList<>();
        if (groups.isEmpty()) {
            b.append("\nCommands:\n");
            for (CommandDoc c : cmd.subcommands()) {
                rows.add(new String[] {"  " + c.name(), c.header()});
            }
            table(b, rows, width);
            return;
        }
        b.append("\nCommands, by what you want to do:\n");
        int column = 0;
        for (CommandDoc c : cmd.subcommands()) {
            column = Math.max(column, 4 + c.name().length() + 2);
        }
        for (CommandDoc.Group g : groups) {
            b.append("  ").append(g.title()).append(":\n");
            rows.clear();
            for (String name : g.commands()) {
                CommandDoc c = cmd.subcommand(name);
                if (c != null) {
                    rows.add(new String[] {"    " + name, c.header()});
                }
            }
            table(b, rows, width, column);
        }
    }

    /** The global options in one line; --dry-run only where the command can write. */
    private static String globals(CommandDoc root, boolean writes) {
        List<String> names = new ArrayList<>();
        for (CommandDoc.Option o : root.options()) {
            if (o.names().contains("--help") || o.names().contains("--version") || !writes && o.names().contains("--dry-run")) {
                continue;
            }
            String both = String.join("/", o.names().stream().sorted(Comparator.comparingInt(String::length)).toList());
            names.add(both + (o.label() == null ? "" : "=" + o.label()));
        }
        return String.join(", ", names);
    }

    private static void footer(StringBuilder b, List<String> footer, int width) {
        for (String line : footer) {
            if (line.isBlank()) {
                b.append('\n');
            } else if (line.startsWith(" ")) {
                int indent = line.length() - line.stripLeading().length();
                for (String l : shellLines(line.strip(), indent, width)) {
                    b.append(l).append('\n');
                }
            } else {
                TextWrap.hanging(b, line, 0, 0, width);
            }
        }
    }

    /**
     * A command line (an example) in lines of at most {@code width}: broken at spaces outside quotes, each broken line
     * ending in {@code " \"} and the next indented four more, so that the lines still run as one command in a shell.
     * A comment ({@code # …}) stays beside its command when both fit on the line, else goes on the line above it.
     */
    static List<String> shellLines(String command, int indent, int width) {
        if (indent + TextWrap.length(command) <= width) {
            return List.of(" ".repeat(indent) + command); // as written, comments aligned as the author aligned them
        }
        List<String> words = shellWords(command);
        List<String> out = new ArrayList<>();
        String last = words.get(words.size() - 1);
        if (words.size() > 1 && last.startsWith("#")) {
            // a comment that does not fit beside its command goes above it, where it still reads as a comment
            out.add(" ".repeat(indent) + last);
            words = words.subList(0, words.size() - 1);
        }
        StringBuilder line = new StringBuilder(" ".repeat(indent));
        int lineIndent = indent;
        for (String w : words) {
            boolean first = line.length() == lineIndent;
            if (!first && line.length() + 1 + TextWrap.length(w) + 2 > width) {
                out.add(line.append(" \\").toString());
                lineIndent = indent + 4;
                line = new StringBuilder(" ".repeat(lineIndent));
                first = true;
            }
            if (!first) {
                line.append(' ');
            }
            line.append(w);
        }
        out.add(line.toString());
        return out;
    }

    /** Words of a shell line: quoted parts ('…', "…") stay inside their word; runs of spaces are kept inside a note. */
    private static List<String> shellWords(String s) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                w.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                w.append(c);
            } else if (c == ' ') {
                if (w.length() > 0) {
                    words.add(w.toString());
                    w.setLength(0);
                }
                if (s.substring(i).stripLeading().startsWith("#")) {
                    words.add(s.substring(i).strip()); // a comment: one word, kept whole
                    return words;
                }
            } else {
                w.append(c);
            }
        }
        if (w.length() > 0) {
            words.add(w.toString());
        }
        return words;
    }

    /** Rows of (name, description): names in a column as wide as the widest (at most {@link #MAX_NAME_COLUMN}). */
    private static void table(StringBuilder b, List<String[]> rows, int width) {
        int column = 0;
        for (String[] r : rows) {
            column = Math.max(column, r[0].length() + 2);
        }
        table(b, rows, width, column);
    }

    private static void table(StringBuilder b, List<String[]> rows, int width, int column) {
        int at = Math.min(column, Math.min(MAX_NAME_COLUMN, width / 2));
        for (String[] r : rows) {
            b.append(r[0]);
            if (r[1] == null || r[1].isBlank()) {
                b.append('\n');
                continue;
            }
            int used = r[0].length();
            if (used + 2 > at) {
                b.append('\n');
                used = 0;
            }
            TextWrap.hanging(b, r[1], used, at, width);
        }
    }

    private static String optionNames(CommandDoc.Option o) {
        List<String> names = o.names().stream().sorted(Comparator.comparingInt(String::length)).toList();
        String shortName = names.get(0).startsWith("--") ? null : names.get(0);
        List<String> longs = shortName == null ? names : names.subList(1, names.size());
        String value = o.label() == null ? "" : "=" + o.label();
        StringBuilder s = new StringBuilder(shortName == null ? "      " : "  " + shortName + (longs.isEmpty() ? value : ", "));
        s.append(String.join(", ", longs));
        if (!longs.isEmpty()) {
            s.append(value);
        }
        return s.toString();
    }

    private static String label(CommandDoc.Param p) {
        String l = p.label() + (p.repeats() ? "..." : "");
        return p.optional() ? "[" + l + "]" : l;
    }

    private static String paramLabels(CommandDoc c) {
        StringBuilder s = new StringBuilder();
        for (CommandDoc.Param p : c.params()) {
            s.append(' ').append(label(p));
        }
        return s.toString();
    }

    /** picocli's order: by the shortest name without its dashes, ignoring case. */
    private static List<CommandDoc.Option> sorted(List<CommandDoc.Option> options) {
        return options.stream().sorted(Comparator.comparing(o -> o.shortestName().replaceFirst("^-+", "").toLowerCase(Locale.ROOT))).toList();
    }
}
