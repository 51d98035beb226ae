package dev.atomstate.app.worklog;

import dev.atomstate.app.UserText;
import dev.atomstate.edit.Change;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedEntry.Labels;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.parse.worklog.ParsedWorklog.Kind;
import dev.atomstate.query.worklog.Entries;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * log add: one new entry written like the newest one (heading, timestamp spelling and zone, labels, step
 * markers, the separator between entries), where the file puts new entries (bottom, or top when it is newest
 * first). A file without entries gets the seed's layout. Adding the newest entry's objective again is a no-op.
 */
public final class LogAdd {
    public record Options(String objective, List<String> steps, String results) {
    }

    private LogAdd() {
    }

    private static final DateTimeFormatter SEED_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public static Change run(ParsedWorklog w, Options options, ZonedDateTime now) {
        String objective = UserText.oneLine("--objective", options.objective());
        List<String> steps = options.steps().stream().map(s -> UserText.oneLine("--step", s)).toList();
        String results = options.results() == null ? null : UserText.oneLine("--results", options.results());
        ParsedEntry newest = Entries.newest(w);
        Map<String, Object> facts = new LinkedHashMap<>();
        if (newest != null && objective.equals(newest.entry().objective()) && steps.equals(newest.entry().steps())) {
            facts.put("entry", Entries.number(w, newest));
            facts.put("line", newest.entry().line());
            return new Change(List.of(), List.of("the newest entry (line " + newest.entry().line() + ") already records this objective; nothing changed"),
                    "entry already logged", facts);
        }
        Kind kind = w.layout().kind();
        if (kind == Kind.TIME_SUBHEADINGS || kind == Kind.LABEL_LINES) {
            throw AtomstateException.refused(w.fileName() + ": log add cannot yet write entries in this layout ("
                    + (kind == Kind.LABEL_LINES ? "label lines such as 'Entry 10/22/24:'" : "time sub-headings under date headings")
                    + "); add the entry by hand or point --worklog at another file");
        }
        if (kind == Kind.PIPE_LINES && !steps.isEmpty()) {
            throw AtomstateException.usage(w.fileName() + ": this worklog has one line per entry, with no room for --step; "
                    + "put the steps in --objective or --results");
        }
        TextEdit edit = kind == Kind.NONE ? first(w, objective, steps, results, now)
                : kind == Kind.PIPE_LINES ? pipeLine(w, newest, objective, results, now)
                : heading(w, reference(w), objective, steps, results, now);
        facts.put("entry", w.layout().newestFirst() ? 1 : w.entries().size() + 1);
        facts.put("objective", objective);
        return new Change(List.of(edit), List.of("entry added: " + objective), "worklog entry added", facts);
    }

    /** The newest entry at the entries' own heading level ("# June 6, 2025" among "##" is not the model). */
    private static ParsedEntry reference(ParsedWorklog w) {
        List<ParsedEntry> e = w.entries();
        for (int k = 0; k < e.size(); k++) {
            ParsedEntry c = e.get(w.layout().newestFirst() ? k : e.size() - 1 - k);
            if (dev.atomstate.parse.Section.atxLevel(w.doc().line(c.firstLine()).content()) == w.layout().level()) {
                return c;
            }
        }
        return Entries.newest(w);
    }

    /** The first entry of a file that has none: the seed's layout, the time in UTC, after whatever is there. */
    private static TextEdit first(ParsedWorklog w, String objective, List<String> steps, String results, ZonedDateTime now) {
        String text = w.text();
        List<String> lines = new ArrayList<>();
        lines.add("## " + SEED_TIME.format(now.withZoneSameInstant(ZoneOffset.UTC)));
        lines.add("");
        lines.addAll(body(Labels.SEED, objective, steps, results, false));
        String nl = w.doc().dominantNewline();
        String lead = text.isEmpty() ? "" : text.endsWith("\n\n") || text.endsWith("\r\n\r\n") ? "" : text.endsWith("\n") ? nl : nl + nl;
        return TextEdit.insert(text.length(), lead + String.join(nl, lines) + nl, "first worklog entry");
    }

    private static TextEdit pipeLine(ParsedWorklog w, ParsedEntry newest, String objective, String results, ZonedDateTime now) {
        String line = newest.timestamp().render(now) + " | " + UserText.cell(objective) + (results == null ? "" : " | " + UserText.cell(results));
        return place(w, List.of(line), "");
    }

    private static TextEdit heading(ParsedWorklog w, ParsedEntry ref, String objective, List<String> steps, String results, ZonedDateTime now) {
        Line head = w.doc().line(ref.firstLine());
        String content = head.content();
        Labels labels = ref.labels() != null && ref.labels().any() ? ref.labels() : Labels.SEED;
        // a heading that carries a title ("## 2026-06-12 — Glow fixed") gets the objective as its title
        boolean titleInHeading = ref.titleSpan() != null;
        // replace the timestamp and (when the heading carries it) the title, the later one first
        int tsAt = content.indexOf(ref.timestamp().text());
        List<TextEdit> parts = new ArrayList<>();
        parts.add(new TextEdit(tsAt, tsAt + ref.timestamp().text().length(), ref.timestamp().render(now), "timestamp"));
        if (titleInHeading) {
            int at = ref.titleSpan().start() - head.start();
            parts.add(new TextEdit(at, at + ref.titleSpan().length(), objective, "title"));
        }
        parts.sort((x, y) -> Integer.compare(y.start(), x.start()));
        StringBuilder h = new StringBuilder(content);
        for (TextEdit e : parts) {
            h.replace(e.start(), e.end(), e.replacement());
        }
        List<String> lines = new ArrayList<>();
        lines.add(h.toString().stripTrailing());
        boolean blankAfterHeading = ref.firstLine() + 1 < w.doc().lineCount() && w.doc().line(ref.firstLine() + 1).isBlank();
        List<String> body = body(labels, titleInHeading ? null : objective, steps, results, !isListLabel(labels));
        if (!body.isEmpty() && blankAfterHeading) {
            lines.add("");
        }
        lines.addAll(body);
        return place(w, lines, w.layout().gap());
    }

    private static boolean isListLabel(Labels l) {
        String p = l.objective() != null ? l.objective() : l.plan() != null ? l.plan() : l.results();
        return p != null && p.stripLeading().matches("^[-*+]\\s.*");
    }

    private static List<String> body(Labels l, String objective, List<String> steps, String results, boolean blankBetween) {
        List<String> parts = new ArrayList<>();
        if (objective != null) {
            parts.add(value(l.objective() != null ? l.objective() : Labels.SEED.objective(), objective));
        }
        if (!steps.isEmpty()) {
            StringBuilder sb = new StringBuilder(l.plan() != null ? l.plan().stripTrailing() : Labels.SEED.plan());
            String indent = l.stepIndent() != null ? l.stepIndent() : Labels.SEED.stepIndent();
            String marker = l.stepMarker() != null ? l.stepMarker() : Labels.SEED.stepMarker();
            for (int i = 0; i < steps.size(); i++) {
                String m = Character.isDigit(marker.charAt(0)) ? (i + 1) + marker.substring(1) : marker;
                sb.append('\n').append(indent).append(m).append(' ').append(UserText.itemStart(steps.get(i)));
            }
            parts.add(sb.toString());
        }
        if (results != null) {
            parts.add(value(l.results() != null ? l.results() : Labels.SEED.results(), results));
        }
        List<String> lines = new ArrayList<>();
        for (String p : parts) {
            if (blankBetween && !lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(List.of(p.split("\n", -1)));
        }
        return lines;
    }

    /** The label as written, then the value; a label written without a space before its value gets one. */
    static String value(String label, String value) {
        if (dev.atomstate.parse.Section.atxLevel(label) > 0) {
            // a sub-heading ("### What we built"): the value is the paragraph under it
            return label.stripTrailing() + "\n\n" + value;
        }
        return label + (label.endsWith(" ") || label.endsWith("\t") ? "" : " ") + value;
    }

    /** Where the file puts new entries, with the file's separator between entries and its line endings. */
    private static TextEdit place(ParsedWorklog w, List<String> lines, String gap) {
        var doc = w.doc();
        if (w.layout().newestFirst()) {
            ParsedEntry top = w.entries().get(0);
            String nl = doc.newlineNear(top.firstLine());
            String text = String.join(nl, lines) + nl + gap.replace("\n", nl);
            return TextEdit.insert(doc.line(top.firstLine()).start(), text, "new entry at the top");
        }
        ParsedEntry last = w.entries().get(w.entries().size() - 1);
        Line end = doc.line(last.lastContentLine());
        String nl = doc.newlineNear(last.lastContentLine());
        String body = gap.replace("\n", nl) + String.join(nl, lines);
        if (end.terminator(doc.text()).isEmpty()) {
            // the file ends without a newline: keep it so, after the new entry
            return TextEdit.insert(end.end(), nl + body, "new entry at the end");
        }
        return TextEdit.insert(end.end(), body + nl, "new entry after the last one");
    }
}
