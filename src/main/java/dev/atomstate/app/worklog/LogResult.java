package dev.atomstate.app.worklog;

import dev.atomstate.app.UserText;
import dev.atomstate.edit.Change;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.WorklogStatus;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.Section;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedEntry.Labels;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.parse.worklog.StatusWords;
import dev.atomstate.query.worklog.Entries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * log result: fills or replaces the results of one entry, in place. With --status the text is led by the
 * status words ("✅ Completed — ") unless it already says that status, since the status is read from the
 * wording. The same results again are a no-op.
 */
public final class LogResult {
    public record Options(String which, String text, WorklogStatus status) {
    }

    private LogResult() {
    }

    public static Change run(ParsedWorklog w, Options options) {
        String text = UserText.oneLine("the results", options.text());
        if (options.status() != null && options.status() != WorklogStatus.UNKNOWN && StatusWords.of(text) != options.status()) {
            text = StatusWords.lead(options.status()) + text;
        }
        ParsedEntry e = Entries.pick(w, options.which());
        int number = Entries.number(w, e);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("entry", number);
        facts.put("line", e.entry().line());
        facts.put("results", text);
        facts.put("status", StatusWords.of(text).id());
        String where = "entry " + number + " (line " + e.entry().line() + ")";
        var doc = w.doc();
        if (e.results() != null) {
            String current = e.results().of(w.text());
            if (current.strip().equals(text)) {
                return new Change(List.of(), List.of(where + " already has these results; nothing changed"), "results unchanged", facts);
            }
            Line label = doc.line(e.resultsLine());
            String replacement;
            if (Section.atxLevel(label.content()) > 0) {
                String nl = doc.newlineNear(e.resultsLine());
                replacement = nl + nl + text;
            } else {
                boolean spaced = e.results().start() > label.start() && Character.isWhitespace(w.text().charAt(e.results().start() - 1));
                replacement = (spaced || e.results().start() < label.contentEnd() ? "" : " ") + text;
            }
            TextEdit edit = new TextEdit(e.results().start(), e.results().end(), replacement, "results of " + where);
            return new Change(List.of(edit), List.of("results of " + where + (e.entry().results() == null ? " filled" : " replaced")),
                    "worklog results recorded", facts);
        }
        if (w.layout().kind() == ParsedWorklog.Kind.PIPE_LINES) {
            Line line = doc.line(e.firstLine());
            return new Change(List.of(TextEdit.insert(line.contentEnd(), " | " + UserText.cell(text), "results of " + where)),
                    List.of("results of " + where + " filled"), "worklog results recorded", facts);
        }
        if (w.layout().kind() == ParsedWorklog.Kind.LABEL_LINES) {
            throw AtomstateException.refused(w.fileName() + ": entries in this layout ('Entry DATE:' lines) have no results part to fill");
        }
        Labels labels = resultsLabel(w, e);
        Line last = doc.line(e.lastContentLine());
        String nl = doc.newlineNear(e.lastContentLine());
        boolean list = labels.results().stripLeading().matches("^[-*+]\\s.*");
        String insert = nl + (list ? "" : nl) + LogAdd.value(labels.results(), text);
        return new Change(List.of(TextEdit.insert(last.contentEnd(), insert, "results of " + where)),
                List.of("results of " + where + " filled"), "worklog results recorded", facts);
    }

    /** The results label of this entry's neighbours, nearest first, else the seed's. */
    private static Labels resultsLabel(ParsedWorklog w, ParsedEntry e) {
        int at = w.entries().indexOf(e);
        for (int d = 1; d < w.entries().size(); d++) {
            for (int k : new int[] {at - d, at + d}) {
                if (k >= 0 && k < w.entries().size()) {
                    Labels l = w.entries().get(k).labels();
                    if (l != null && l.results() != null && Section.atxLevel(l.results()) == 0) {
                        return l;
                    }
                }
            }
        }
        return Labels.SEED;
    }
}
