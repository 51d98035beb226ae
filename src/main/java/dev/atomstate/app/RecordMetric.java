package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Durations;
import dev.atomstate.parse.MetricCells;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.Span;
import dev.atomstate.parse.TableBlock;
import dev.atomstate.query.PlanStatus;
import dev.atomstate.query.WrittenPlanIds;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * metric ID --duration D: one per-plan metrics row at the end of the table that holds them, cell by cell in
 * the style of its last row (the same writer complete-plan uses). The same duration again is a no-op; a
 * different duration for a plan that already has a row is refused, unless --replace, which rewrites that
 * row's duration cell in place (and its tasks/files cells when given).
 */
public final class RecordMetric {
    public record Options(String id, String duration, Integer tasks, Integer files, boolean replace) {
    }

    private RecordMetric() {
    }

    public static Change run(ParsedState ps, Options o, ZonedDateTime now) {
        PlanId asked = PlanIds.parse(o.id());
        if (asked == null) {
            throw AtomstateException.usage("'" + o.id() + "' is not a plan id; use <phase>-<plan>, e.g. 62-01 or 5.1-02");
        }
        PlanId id = WrittenPlanIds.asWritten(ps, asked);
        Double minutes = Durations.minutes(o.duration());
        if (minutes == null || minutes <= 0) {
            throw AtomstateException.usage("--duration '" + o.duration() + "' is not a duration; use e.g. 14min, 1h 5m, 45s, 2 hours or 90");
        }
        UserText.plausibleDuration(o.duration(), minutes);
        if (o.tasks() != null && o.tasks() < 0 || o.files() != null && o.files() < 0) {
            throw AtomstateException.usage("--tasks and --files take a number of 0 or more");
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("plan", id.toString());
        facts.put("minutes", minutes);
        List<TextEdit> edits = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (StateModel.MetricRow row : ps.model().metrics()) {
            if (!id.sameAs(PlanIds.parse(row.phase() + "-" + row.plan()))) {
                continue;
            }
            facts.put("line", row.line());
            if (row.minutes() != null && Math.round(row.minutes()) == Math.round(minutes)) {
                facts.put("alreadyRecorded", true);
                return new Change(List.of(), List.of("plan " + id + " already has a metrics row with " + row.duration() + " (line "
                        + row.line() + "); nothing changed"), "metric already recorded", facts);
            }
            if (!o.replace()) {
                throw AtomstateException.refused(ps.fileName() + ":" + row.line() + ": plan " + id + " already has a metrics row saying '"
                        + row.duration() + "'; use --replace to rewrite it with " + Styles.minutesLike(Durations.form(row.duration()), minutes));
            }
            facts.put("alreadyRecorded", false);
            facts.put("replaced", row.duration());
            replaceCells(ps, row, minutes, o, edits, notes);
            return new Change(List.copyOf(edits), List.copyOf(notes), "metric for " + id + " replaced", facts);
        }
        facts.put("alreadyRecorded", false);
        MetricRowWriter.append(ps, id, minutes, o.tasks(), o.files(), now, edits, notes);
        if (edits.isEmpty()) {
            throw AtomstateException.refused(ps.fileName() + ": " + String.join("; ", notes));
        }
        if (!PlanStatus.isCompleted(ps, id)) {
            // metric records a duration; completing the plan (totals, position) is complete-plan's job
            notes.add("plan " + id + " is not recorded as complete: run 'atomstate complete-plan " + id + "' when it is");
        }
        return new Change(List.copyOf(edits), List.copyOf(notes), "metric for " + id + " recorded", facts);
    }

    private static void replaceCells(ParsedState ps, StateModel.MetricRow row, double minutes, Options o, List<TextEdit> edits,
                                     List<String> notes) {
        String text = ps.text();
        for (ParsedState.MetricTable table : ps.handles().metricTables()) {
            for (TableBlock.Row r : table.rows()) {
                if (r.line() + 1 != row.line()) {
                    continue;
                }
                int durationColumn = table.gsdRows() ? 1 : table.durationColumn();
                Span cell = r.cells().get(durationColumn);
                String v = Styles.minutesLike(Durations.form(cell.of(text)), minutes);
                edits.add(new TextEdit(cell.start(), cell.end(), v, "duration"));
                notes.add("metrics row for " + PlanIds.parse(row.phase() + "-" + row.plan()) + " (line " + row.line() + "): duration "
                        + cell.of(text) + " → " + v);
                count(table, r, text, o.tasks(), table.gsdRows() ? 2 : table.header().indexOf("tasks"), "tasks", edits, notes);
                count(table, r, text, o.files(), table.gsdRows() ? 3 : table.header().indexOf("files"), "files", edits, notes);
                return;
            }
        }
        throw AtomstateException.refused(ps.fileName() + ":" + row.line() + ": the metrics row is not in a table this command can edit");
    }

    private static void count(ParsedState.MetricTable table, TableBlock.Row r, String text, Integer n, int column, String unit,
                              List<TextEdit> edits, List<String> notes) {
        if (n == null || column < 0 || column >= r.cells().size()) {
            return;
        }
        Span cell = r.cells().get(column);
        String old = cell.of(text);
        String v = MetricCells.countWord(old) != null ? n + " " + (n == 1 ? unit.substring(0, unit.length() - 1) : unit) : Integer.toString(n);
        if (!v.equals(old)) {
            edits.add(new TextEdit(cell.start(), cell.end(), v, unit));
            notes.add(unit + " " + old + " → " + v);
        }
    }
}
