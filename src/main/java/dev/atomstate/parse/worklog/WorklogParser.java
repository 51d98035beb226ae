package dev.atomstate.parse.worklog;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.model.WorklogEntry;
import dev.atomstate.model.WorklogStatus;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.Section;
import dev.atomstate.parse.Span;
import dev.atomstate.parse.worklog.ParsedWorklog.Kind;
import dev.atomstate.parse.worklog.ParsedWorklog.Layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a worklog into entries with spans. Entries are headings that carry a timestamp (at the level most
 * such headings use; a dated heading one level up, "# June 6, 2025" among "##", counts too), time sub-headings
 * under date headings, lines of {@code timestamp | field | field}, or label lines such as "Entry 10/22/24:".
 * A heading at the entries' level that looks dated but cannot be read is reported with its line, not guessed.
 */
public final class WorklogParser {
    private WorklogParser() {
    }

    private static final LazyPattern PIPE_REST = LazyPattern.of("^\\s*\\|\\s?(.*)$");
    private static final LazyPattern LABEL_LINE = LazyPattern.of("(?i)^\\s{0,3}(entry|date|day|log|session)\\b[^|]{0,40}:\\s*$");

    public static ParsedWorklog parse(String fileName, String text) {
        Document doc = Document.parse(text);
        Timestamps.SlashOrder order = Timestamps.slashOrder(text);
        List<ParseProblem> problems = new ArrayList<>();
        List<Section> dated = new ArrayList<>();
        List<Timestamp> stamps = new ArrayList<>();
        int[] perLevel = new int[7];
        for (Section s : doc.sections()) {
            Timestamp t = Timestamps.find(s.title(), order);
            if (t != null) {
                dated.add(s);
                stamps.add(t);
                perLevel[s.level()]++;
            }
        }
        List<ParsedEntry> entries = new ArrayList<>();
        int level = 0;
        for (int l = 1; l <= 6; l++) {
            level = perLevel[l] > perLevel[level] ? l : level;
        }
        Kind kind = dated.isEmpty() ? lineEntries(doc, order, entries) : headingEntries(doc, dated, stamps, level, entries);
        for (Section s : doc.sections()) {
            if ((dated.isEmpty() || s.level() == level) && Timestamps.find(s.title(), order) == null && Timestamps.looksDated(s.title())) {
                problems.add(new ParseProblem("worklog-timestamp", s.headingLine() + 1, 1, "cannot read the date in heading '"
                        + s.title() + "'; write it as YYYY-MM-DD (optionally HH:MM and a zone) to make it an entry"));
            }
        }
        if (entries.isEmpty()) {
            kind = Kind.NONE;
            if (!text.isBlank()) {
                problems.add(new ParseProblem("worklog-no-entries", 1, 1, "no timestamped entries found (a heading or line starting "
                        + "with a date such as '## 2026-03-01 09:30 UTC'); nothing here can be listed"));
            }
        }
        return new ParsedWorklog(fileName, doc, layout(doc, kind, level, entries), entries, problems);
    }

    private static Kind headingEntries(Document doc, List<Section> dated, List<Timestamp> stamps, int level, List<ParsedEntry> out) {
        List<Integer> heads = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            if (dated.get(i).level() <= level) {
                heads.add(i);
            }
        }
        Kind kind = Kind.HEADINGS;
        for (int h = 0; h < heads.size(); h++) {
            Section s = dated.get(heads.get(h));
            Timestamp ts = stamps.get(heads.get(h));
            int end = doc.lineCount();
            int next = h + 1 < heads.size() ? dated.get(heads.get(h + 1)).headingLine() : doc.lineCount();
            for (Section other : doc.sections()) {
                if (other.headingLine() > s.headingLine() && other.level() <= Math.max(level, s.level())) {
                    end = other.headingLine();
                    break;
                }
            }
            end = Math.min(end, next);
            List<Section> times = new ArrayList<>();
            List<Timestamp> timeStamps = new ArrayList<>();
            if (ts.time() == null) {
                for (Section sub : doc.sections()) {
                    if (sub.headingLine() > s.headingLine() && sub.headingLine() < end && sub.level() > s.level()
                            && Timestamps.find(sub.title(), Timestamps.SlashOrder.UNKNOWN) == null) {
                        Timestamp t = Timestamps.findTime(sub.title());
                        if (t != null) {
                            times.add(sub);
                            timeStamps.add(t.on(ts.date()));
                        }
                    }
                }
            }
            if (times.isEmpty()) {
                out.add(EntryReader.read(doc, s.headingLine(), end, s.level(), ts, titleText(s.title(), ts), titleSpan(doc, s, ts)));
                continue;
            }
            kind = Kind.TIME_SUBHEADINGS;
            for (int k = 0; k < times.size(); k++) {
                Section sub = times.get(k);
                int subEnd = k + 1 < times.size() ? times.get(k + 1).headingLine() : end;
                Timestamp t = timeStamps.get(k);
                out.add(EntryReader.read(doc, sub.headingLine(), subEnd, sub.level(), t, titleText(sub.title(), t), titleSpan(doc, sub, t)));
            }
        }
        return kind;
    }

    /** The heading's words besides the timestamp and its separators: "2026-06-12 — Thumbwheel glow" → "Thumbwheel glow". */
    static String titleText(String title, Timestamp ts) {
        String before = title.substring(0, ts.start());
        before = hasWords(before) ? before : "";
        String words = (before + title.substring(ts.end())).replaceAll("\\(\\s*\\)|\\[\\s*]", " ").replaceAll("\\s{2,}", " ");
        String t = trimSeparators(words);
        return t.isEmpty() ? null : t;
    }

    /** Where the title is in the heading line when it is on one side of the timestamp only, else null. */
    static Span titleSpan(Document doc, Section s, Timestamp ts) {
        Line line = doc.line(s.headingLine());
        int titleAt = line.content().indexOf(s.title());
        String before = s.title().substring(0, ts.start());
        String after = trimSeparators(s.title().substring(ts.end()));
        if (titleAt < 0 || hasWords(before) == !after.isEmpty()) {
            return null;
        }
        String words = after.isEmpty() ? trimSeparators(before) : after;
        int at = line.content().indexOf(words, after.isEmpty() ? titleAt : titleAt + ts.end());
        return at < 0 ? null : new Span(line.start() + at, line.start() + at + words.length());
    }

    private static boolean hasWords(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static String trimSeparators(String s) {
        String seps = " \t-–—:|,·()";
        int a = 0;
        int b = s.length();
        while (a < b && seps.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && seps.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        // keep a closing parenthesis that closes one inside the title ("Fix (part 2)")
        if (b < s.length() && s.charAt(b) == ')' && s.substring(a, b).contains("(")) {
            b++;
        }
        return s.substring(a, b);
    }

    private static Kind lineEntries(Document doc, Timestamps.SlashOrder order, List<ParsedEntry> out) {
        List<Integer> labelLines = new ArrayList<>();
        for (int i = doc.bodyStartLine(); i < doc.lineCount(); i++) {
            Line line = doc.line(i);
            if (doc.inFence(i) || Section.atxLevel(line.content()) > 0) {
                continue;
            }
            Timestamp t = Timestamps.find(line.content(), order);
            if (t == null) {
                continue;
            }
            Matcher pipe = PIPE_REST.matcher(line.content().substring(t.end()));
            if (line.content().substring(0, t.start()).isBlank() && pipe.matches()) {
                out.add(pipeEntry(line, t, pipe));
            } else if (LABEL_LINE.matcher(line.content()).matches()) {
                labelLines.add(i);
            }
        }
        if (!out.isEmpty()) {
            return Kind.PIPE_LINES;
        }
        for (int k = 0; k < labelLines.size(); k++) {
            int first = labelLines.get(k);
            int end = k + 1 < labelLines.size() ? labelLines.get(k + 1) : doc.lineCount();
            Timestamp t = Timestamps.find(doc.line(first).content(), order);
            String objective = null;
            for (int i = first + 1; i < end && objective == null; i++) {
                objective = doc.line(i).isBlank() ? null : doc.line(i).content().strip();
            }
            int last = Math.max(first, EntryReader.lastContent(doc, first, end));
            WorklogEntry e = new WorklogEntry(first + 1, t.text(), t.iso(), t.isoEnd(), objective, List.of(), null, WorklogStatus.UNKNOWN, List.of());
            out.add(new ParsedEntry(e, first, last, t, null, null, null, -1));
        }
        return Kind.LABEL_LINES;
    }

    private static ParsedEntry pipeEntry(Line line, Timestamp t, Matcher pipe) {
        String rest = pipe.group(1);
        int restAt = line.start() + t.end() + pipe.start(1);
        int bar = rest.indexOf(" | ");
        String objective = (bar < 0 ? rest : rest.substring(0, bar)).strip();
        String results = bar < 0 ? null : rest.substring(bar + 3).strip();
        Span titleSpan = new Span(restAt, restAt + (bar < 0 ? rest.length() : bar));
        Span resultsSpan = bar < 0 ? null : new Span(restAt + bar + 3, line.contentEnd());
        WorklogEntry e = new WorklogEntry(line.index() + 1, t.text(), t.iso(), t.isoEnd(), objective.isEmpty() ? null : objective,
                List.of(), results == null || results.isEmpty() ? null : results, StatusWords.of(results), List.of());
        return new ParsedEntry(e, line.index(), line.index(), t, titleSpan, null, resultsSpan, bar < 0 ? -1 : line.index());
    }

    private static Layout layout(Document doc, Kind kind, int level, List<ParsedEntry> entries) {
        boolean newestFirst = false;
        List<ParsedEntry> timed = entries.stream().filter(e -> e.timestamp() != null && e.timestamp().date() != null).toList();
        int down = 0;
        for (int i = 1; i < timed.size(); i++) {
            down += Integer.signum(timed.get(i - 1).timestamp().compareMoment(timed.get(i).timestamp()));
        }
        if (down == 0 && timed.size() >= 2) {
            down = timed.get(0).timestamp().compareMoment(timed.get(timed.size() - 1).timestamp());
        }
        newestFirst = down > 0;
        String gap = kind == Kind.PIPE_LINES ? "" : "\n";
        if (entries.size() >= 2 && kind != Kind.PIPE_LINES) {
            int k = newestFirst ? 0 : entries.size() - 2;
            int from = entries.get(k).lastContentLine() + 1;
            int to = entries.get(k + 1).firstLine();
            StringBuilder sb = new StringBuilder();
            boolean plain = from <= to;
            for (int i = from; i < to && plain; i++) {
                String s = doc.line(i).content();
                plain = s.isBlank() || EntryReader.isSeparator(s);
                sb.append(s.strip()).append('\n');
            }
            if (plain) {
                gap = sb.toString();
            }
        }
        return new Layout(kind, level, newestFirst, gap);
    }
}
