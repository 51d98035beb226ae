package dev.atomstate.parse.worklog;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.model.WorklogEntry;
import dev.atomstate.model.WorklogStatus;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.Section;
import dev.atomstate.parse.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * Reads the parts of one heading entry: labelled lines ("- **Task Objective**: …", "**Resolved:**",
 * "Results: …") and sub-headings ("### What we built") become objective, plan steps, results or other parts.
 * A part runs from its label to the next label at the same or a smaller indent.
 */
final class EntryReader {
    private EntryReader() {
    }

    private static final LazyPattern BOLD_LABEL = LazyPattern.of("^(\\s*(?:[-*+]\\s+)?)\\*\\*([^*]{1,60}?)\\*\\*(\\s*:?[ \\t]*)(.*)$");
    private static final LazyPattern PLAIN_LABEL = LazyPattern.of("(?i)^(\\s*(?:[-*+]\\s+)?)(objectives?|goals?|task|plan|steps|results?|outcome|status)(\\s*:[ \\t]*)(.*)$");
    private static final LazyPattern ITEM = LazyPattern.of("^(\\s*)(\\d{1,3}[.)]|[-*+])\\s+(.*)$");
    private static final LazyPattern SEPARATOR = LazyPattern.of("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");

    enum Kind { OBJECTIVE, PLAN, RESULTS, STATUS, OTHER }

    /** A label line: where its value starts, its indent (-1 for a sub-heading, which only headings end). */
    private record Label(int line, int indent, int headingLevel, String label, String prefix, int valueStart, Kind kind) {
    }

    static boolean isSeparator(String s) {
        return SEPARATOR.matcher(s).matches();
    }

    /** The last line in [from, to) that is neither blank nor a separator, or from - 1. */
    static int lastContent(Document doc, int from, int to) {
        int i = to - 1;
        while (i >= from && (doc.line(i).isBlank() || !doc.inFence(i) && isSeparator(doc.line(i).content()))) {
            i--;
        }
        return i;
    }

    /**
     * The entry whose heading is line {@code first} (level {@code level}) and that ends before line {@code end}.
     */
    static ParsedEntry read(Document doc, int first, int end, int level, Timestamp ts, String title, Span titleSpan) {
        String text = doc.text();
        List<Label> labels = labels(doc, first + 1, end, level);
        int last = Math.max(first, lastContent(doc, first, end));
        Label objective = firstOf(labels, Kind.OBJECTIVE);
        Label plan = firstOf(labels, Kind.PLAN);
        Label results = firstOf(labels, Kind.RESULTS);
        Label status = firstOf(labels, Kind.STATUS);

        String objectiveText = objective != null ? firstText(doc, objective, blockEnd(doc, labels, objective, end)) : title;
        List<String> steps = new ArrayList<>();
        String stepIndent = null;
        String stepMarker = null;
        if (plan != null) {
            int planEnd = blockEnd(doc, labels, plan, end);
            int minIndent = Integer.MAX_VALUE;
            for (int i = plan.line() + 1; i < planEnd; i++) {
                Matcher m = ITEM.matcher(doc.line(i).content());
                if (!doc.inFence(i) && m.matches()) {
                    minIndent = Math.min(minIndent, m.group(1).length());
                }
            }
            for (int i = plan.line() + 1; i < planEnd; i++) {
                Matcher m = ITEM.matcher(doc.line(i).content());
                if (!doc.inFence(i) && m.matches() && m.group(1).length() == minIndent) {
                    steps.add(m.group(3).strip());
                    if (stepIndent == null) {
                        stepIndent = m.group(1);
                        String marker = m.group(2);
                        stepMarker = Character.isDigit(marker.charAt(0)) ? "1" + marker.charAt(marker.length() - 1) : marker;
                    }
                }
            }
        }
        Span resultsSpan = null;
        String resultsText = null;
        WorklogStatus derived = WorklogStatus.UNKNOWN;
        if (results != null) {
            int rEnd = lastContent(doc, results.line(), blockEnd(doc, labels, results, end));
            int spanEnd = Math.max(results.valueStart(), doc.line(Math.max(rEnd, results.line())).contentEnd());
            resultsSpan = new Span(results.valueStart(), spanEnd);
            String r = resultsSpan.of(text).replace("\r\n", "\n").strip();
            resultsText = r.isEmpty() ? null : r;
            derived = StatusWords.of(results.label() + " " + (resultsText == null ? "" : resultsText));
            if (resultsText == null && results.headingLevel() == 0) {
                derived = WorklogStatus.UNKNOWN;
            }
        }
        if (derived == WorklogStatus.UNKNOWN && status != null) {
            derived = StatusWords.of(blockText(doc, status, blockEnd(doc, labels, status, end)));
        }
        if (derived == WorklogStatus.UNKNOWN && title != null) {
            derived = StatusWords.of(title);
        }
        List<WorklogEntry.Part> other = new ArrayList<>();
        for (Label l : labels) {
            if (l != objective && l != plan && l != results) {
                other.add(new WorklogEntry.Part(l.label(), blockText(doc, l, blockEnd(doc, labels, l, end))));
            }
        }
        ParsedEntry.Labels style = new ParsedEntry.Labels(objective == null ? null : objective.prefix(), plan == null ? null : plan.prefix(),
                stepIndent, stepMarker, results == null ? null : results.prefix());
        WorklogEntry entry = new WorklogEntry(first + 1, ts == null ? null : ts.text(), ts == null ? null : ts.iso(),
                ts == null ? null : ts.isoEnd(), blankToNull(objectiveText), steps, resultsText, derived, other);
        return new ParsedEntry(entry, first, last, ts, titleSpan, style, resultsSpan, results == null ? -1 : results.line());
    }

    private static Label firstOf(List<Label> labels, Kind kind) {
        for (Label l : labels) {
            if (l.kind() == kind) {
                return l;
            }
        }
        return null;
    }

    private static List<Label> labels(Document doc, int from, int to, int level) {
        List<Label> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (doc.inFence(i)) {
                continue;
            }
            Line line = doc.line(i);
            String s = line.content();
            int h = Section.atxLevel(s);
            if (h > 0) {
                if (h > level) {
                    String title = s.strip().substring(h).strip();
                    out.add(new Label(i, -1, h, title, s, line.contentEnd(), kind(title)));
                }
                continue;
            }
            Matcher m = BOLD_LABEL.matcher(s);
            if (!m.matches() || !(m.group(2).strip().endsWith(":") || m.group(3).contains(":"))) {
                m = PLAIN_LABEL.matcher(s);
                if (!m.matches()) {
                    continue;
                }
            }
            String label = m.group(2).strip();
            label = label.endsWith(":") ? label.substring(0, label.length() - 1).strip() : label;
            out.add(new Label(i, m.group(1).replaceAll("[-*+].*", "").length(), 0, label, s.substring(0, m.start(4)),
                    line.start() + m.start(4), kind(label)));
        }
        return out;
    }

    static Kind kind(String label) {
        String l = Section.normalizeTitle(label).toLowerCase(Locale.ROOT);
        if (l.contains("next")) {
            return Kind.OTHER;
        }
        if (l.matches(".*\\b(results?|outcome|resolved|what we built|achieved|accomplished|completed|done)\\b.*")) {
            return Kind.RESULTS;
        }
        if (l.matches(".*\\b(objectives?|goals?|aim|purpose)\\b.*") || l.equals("task") || l.equals("started")) {
            return Kind.OBJECTIVE;
        }
        if (l.matches(".*\\b(plan|steps)\\b.*")) {
            return Kind.PLAN;
        }
        return l.startsWith("status") ? Kind.STATUS : Kind.OTHER;
    }

    /** Where a label's part ends: the next label at the same or a smaller indent (a sub-heading: the next heading as high). */
    private static int blockEnd(Document doc, List<Label> labels, Label label, int end) {
        for (Label other : labels) {
            if (other.line() <= label.line()) {
                continue;
            }
            if (label.headingLevel() > 0 ? other.headingLevel() > 0 && other.headingLevel() <= label.headingLevel()
                    : other.headingLevel() > 0 || other.indent() <= label.indent()) {
                return other.line();
            }
        }
        return end;
    }

    /** The value after the label and the lines of its part, as written, without trailing blank lines. */
    private static String blockText(Document doc, Label label, int end) {
        int last = lastContent(doc, label.line(), end);
        if (last < label.line()) {
            return "";
        }
        int stop = Math.max(label.valueStart(), doc.line(last).contentEnd());
        return doc.text().substring(label.valueStart(), stop).replace("\r\n", "\n").strip();
    }

    /** The inline value, else the first line of the part without its list marker. */
    private static String firstText(Document doc, Label label, int end) {
        String inline = doc.text().substring(label.valueStart(), doc.line(label.line()).contentEnd()).strip();
        if (!inline.isEmpty()) {
            return inline;
        }
        for (int i = label.line() + 1; i < end; i++) {
            String s = doc.line(i).content().strip();
            if (!s.isEmpty()) {
                Matcher m = ITEM.matcher(s);
                return m.matches() ? m.group(3).strip() : s;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
