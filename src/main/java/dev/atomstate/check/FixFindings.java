package dev.atomstate.check;

import dev.atomstate.check.rules.PlaceholderLeft;
import dev.atomstate.edit.Change;
import dev.atomstate.edit.Replacer;
import dev.atomstate.edit.SegmentText;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Line;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.ProgressLine;
import dev.atomstate.query.Placeholders;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code check --fix}: the fixes that are certain, for the findings that are reported (not switched off, not
 * suppressed). A percent or bar is recomputed from the counts the line states; a metric row or Previous line
 * that repeats an earlier one character for character is deleted; a stale placeholder is deleted. Anything that
 * needs a judgement (which of two different rows is right) is left to the user.
 */
public final class FixFindings {
    /** Whether a finding of {@code rule} is reported at {@code line} (1-based) and {@code column} (0 = any column). */
    @FunctionalInterface
    public interface Reported {
        boolean at(String rule, int line, int column);
    }

    private FixFindings() {
    }

    /** The rules some of whose findings {@link #compute} fixes (check --list-rules and --explain say so; a test holds it). */
    public static final Set<String> RULES = Set.of("progress-percent", "progress-bar", "duplicate-metric", "duplicate-history",
            PlaceholderLeft.ID);

    public static Change compute(ParsedState ps, Reported reported) {
        String text = ps.text();
        Map<Integer, TextEdit> byStart = new HashMap<>();
        List<String> notes = new ArrayList<>();
        Replacer out = (span, value, why) -> {
            if (!span.of(text).equals(value)) {
                byStart.put(span.start(), new TextEdit(span.start(), span.end(), value, why));
                notes.add(why);
            }
        };
        progress(ps, reported, out);
        Document doc = ps.doc();
        Set<Integer> deleted = new HashSet<>();
        Map<String, Integer> rows = new HashMap<>();
        for (StateModel.MetricRow row : ps.model().metrics()) {
            String content = doc.line(row.line() - 1).content().strip();
            if (rows.putIfAbsent(content, row.line()) != null && reported.at("duplicate-metric", row.line(), 0)) {
                deleteLine(doc, row.line() - 1, false, deleted, byStart, notes, "deleted line " + row.line()
                        + ": the same metrics row as line " + rows.get(content));
            }
        }
        Map<String, Integer> previous = new HashMap<>();
        for (StateModel.HistoryEntry e : ps.model().history()) {
            String key = e.chain() + "|" + doc.line(e.line() - 1).content().strip();
            if (previous.putIfAbsent(key, e.line()) != null && reported.at("duplicate-history", e.line(), 0)) {
                deleteLine(doc, e.line() - 1, true, deleted, byStart, notes, "deleted line " + e.line()
                        + ": the same Previous entry as line " + previous.get(key));
            }
        }
        for (Placeholders.Stale s : Placeholders.stale(ps)) {
            if (reported.at(PlaceholderLeft.ID, s.line(), 0)) {
                deleteLine(doc, s.line() - 1, false, deleted, byStart, notes, "deleted line " + s.line() + ": \""
                        + doc.line(s.line() - 1).content().strip() + "\"");
            }
        }
        List<TextEdit> edits = new ArrayList<>(byStart.values());
        String summary = edits.isEmpty() ? "nothing to fix" : "applied " + notes.size() + (notes.size() == 1 ? " fix" : " fixes");
        return new Change(List.copyOf(edits), List.copyOf(notes), summary, Map.of("fixed", notes.size()));
    }

    /** Percent recomputed from done/total (and the bar with it); a bar alone redrawn from the percent the line states. */
    private static void progress(ParsedState ps, Reported reported, Replacer out) {
        List<ProgressLine.Segment> segments = ps.handles().progressSegments();
        for (int i = 0; i < segments.size(); i++) {
            ProgressLine.Segment s = segments.get(i);
            StateModel.ProgressSegment m = ps.model().progress().get(i);
            String label = m.label() == null ? "progress" : "progress " + m.label();
            // more done than planned: the counts contradict each other, and which one is wrong is the user's call
            boolean percent = m.computedPercent() != null && m.computedPercent() <= 100
                    && reported.at("progress-percent", m.line(), m.column());
            boolean bar = s.bar() != null && reported.at("progress-bar", ps.doc().lineAt(s.bar().start()) + 1,
                    ps.doc().columnAt(s.bar().start()));
            if (percent) {
                SegmentText.percentAndBar(ps.text(), s, m.computedPercent(), label, true, true, out);
            } else if (bar) {
                double value = m.percent() != null ? m.percent() : m.computedPercent();
                if (value <= 100) {
                    SegmentText.percentAndBar(ps.text(), s, value, label, false, true, out);
                }
            }
        }
    }

    /** Deletes a whole line; with {@code withBlankAbove}, also the blank line that separates it from the entry above. */
    private static void deleteLine(Document doc, int index, boolean withBlankAbove, Set<Integer> deleted,
                                   Map<Integer, TextEdit> edits, List<String> notes, String why) {
        if (!deleted.add(index)) {
            return;
        }
        Line line = doc.line(index);
        int start = line.start();
        if (withBlankAbove && index > 1 && doc.line(index - 1).isBlank() && !doc.line(index - 2).isBlank() && !deleted.contains(index - 1)) {
            deleted.add(index - 1);
            start = doc.line(index - 1).start();
        }
        edits.put(start, new TextEdit(start, line.end(), "", why));
        notes.add(why);
    }
}
