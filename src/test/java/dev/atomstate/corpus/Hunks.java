package dev.atomstate.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff as printed by {@link dev.atomstate.edit.UnifiedDiff}, read back into hunks. Every body line
 * keeps its terminator ("\n", "\r\n", or "" after "\ No newline at end of file"), and each line knows its
 * 1-based number in the old or the new text, so tests can say which lines a command touched.
 */
final class Hunks {
    private Hunks() {
    }

    enum Kind { CONTEXT, REMOVED, ADDED }

    record DiffLine(Kind kind, String content, String terminator, int oldLine, int newLine) {
        String full() {
            return content + terminator;
        }
    }

    record Hunk(int oldStart, int oldCount, int newStart, int newCount, List<DiffLine> lines) {
        List<DiffLine> removed() {
            return lines.stream().filter(l -> l.kind() == Kind.REMOVED).toList();
        }

        List<DiffLine> added() {
            return lines.stream().filter(l -> l.kind() == Kind.ADDED).toList();
        }
    }

    private static final Pattern HEADER = Pattern.compile("^@@ -(\\d+)(?:,(\\d+))? \\+(\\d+)(?:,(\\d+))? @@$");

    static List<Hunk> parse(String diff) {
        List<Hunk> hunks = new ArrayList<>();
        if (diff.isEmpty()) {
            return hunks;
        }
        List<String> raw = new ArrayList<>(List.of(diff.split("\n", -1)));
        if (raw.get(raw.size() - 1).isEmpty()) {
            raw.remove(raw.size() - 1);
        }
        if (raw.size() < 2 || !raw.get(0).startsWith("--- ") || !raw.get(1).startsWith("+++ ")) {
            throw new AssertionError("not a unified diff:\n" + diff);
        }
        int i = 2;
        while (i < raw.size()) {
            Matcher m = HEADER.matcher(raw.get(i));
            if (!m.matches()) {
                throw new AssertionError("expected a hunk header at diff line " + (i + 1) + ": " + raw.get(i));
            }
            int oldStart = Integer.parseInt(m.group(1));
            int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            int newStart = Integer.parseInt(m.group(3));
            int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
            // "-5,0" means "after line 5": the first old line of the hunk is 6
            int oldLine = oldCount == 0 ? oldStart + 1 : oldStart;
            int newLine = newCount == 0 ? newStart + 1 : newStart;
            List<DiffLine> lines = new ArrayList<>();
            i++;
            while (i < raw.size() && !raw.get(i).startsWith("@@ ")) {
                String l = raw.get(i);
                if (l.startsWith("\\ No newline at end of file")) {
                    DiffLine last = lines.remove(lines.size() - 1);
                    lines.add(new DiffLine(last.kind(), last.content(), "", last.oldLine(), last.newLine()));
                    i++;
                    continue;
                }
                if (l.isEmpty()) {
                    throw new AssertionError("empty line inside a hunk body at diff line " + (i + 1));
                }
                char c = l.charAt(0);
                String body = l.substring(1);
                String term = body.endsWith("\r") ? "\r\n" : "\n";
                String content = body.endsWith("\r") ? body.substring(0, body.length() - 1) : body;
                Kind kind = switch (c) {
                    case ' ' -> Kind.CONTEXT;
                    case '-' -> Kind.REMOVED;
                    case '+' -> Kind.ADDED;
                    default -> throw new AssertionError("bad hunk line: " + l);
                };
                lines.add(new DiffLine(kind, content, term, kind == Kind.ADDED ? -1 : oldLine, kind == Kind.REMOVED ? -1 : newLine));
                if (kind != Kind.ADDED) {
                    oldLine++;
                }
                if (kind != Kind.REMOVED) {
                    newLine++;
                }
                i++;
            }
            Hunk h = new Hunk(oldStart, oldCount, newStart, newCount, List.copyOf(lines));
            long olds = lines.stream().filter(x -> x.kind() != Kind.ADDED).count();
            long news = lines.stream().filter(x -> x.kind() != Kind.REMOVED).count();
            if (olds != oldCount || news != newCount) {
                throw new AssertionError("hunk header " + oldStart + "," + oldCount + " +" + newStart + "," + newCount
                        + " disagrees with its body (" + olds + " old, " + news + " new lines)");
            }
            hunks.add(h);
        }
        return hunks;
    }

    /** Applies the hunks to {@code old}: a check that the diff says exactly what changed. */
    static String patch(String old, List<Hunk> hunks) {
        List<String> lines = lines(old);
        StringBuilder out = new StringBuilder();
        int next = 0; // 0-based index of the next old line to copy
        for (Hunk h : hunks) {
            int first = h.lines().stream().filter(l -> l.kind() != Kind.ADDED).mapToInt(DiffLine::oldLine).findFirst()
                    .orElse(h.oldCount() == 0 ? h.oldStart() + 1 : h.oldStart()) - 1;
            while (next < first) {
                out.append(lines.get(next++));
            }
            for (DiffLine l : h.lines()) {
                switch (l.kind()) {
                    case CONTEXT -> {
                        if (!lines.get(next).equals(l.full())) {
                            throw new AssertionError("context line " + (next + 1) + " does not match the old text");
                        }
                        out.append(lines.get(next++));
                    }
                    case REMOVED -> {
                        if (!lines.get(next).equals(l.full())) {
                            throw new AssertionError("removed line " + (next + 1) + " does not match the old text");
                        }
                        next++;
                    }
                    case ADDED -> out.append(l.full());
                }
            }
        }
        while (next < lines.size()) {
            out.append(lines.get(next++));
        }
        return out.toString();
    }

    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            if (nl < 0) {
                out.add(s.substring(start));
                break;
            }
            out.add(s.substring(start, nl + 1));
            start = nl + 1;
        }
        return out;
    }
}
