package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.PositionText;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.Durations;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.PositionForms;
import dev.atomstate.parse.SeparateFields;
import dev.atomstate.parse.StateParser;
import dev.atomstate.query.PlanStatus;
import dev.atomstate.query.WrittenPlanIds;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * complete-plan: brings every record of a finished plan up to date — the plan field in its own form (and its twins),
 * status, last activity (old values to the top of their "Previous:" chains where the file keeps them), the progress
 * segment, velocity totals, a metrics row, session continuity and the frontmatter. It converges: a record that already
 * says the plan is done is kept as it is (a metrics row a parallel wave wrote, a status naming a later plan), the
 * counters move only when the position had not counted the plan yet, and a plan every record agrees on changes nothing.
 */
public final class CompletePlan {
    public record Options(String id, String duration, Integer tasks, Integer files, String title, boolean force) {
    }

    private final ParsedState ps;
    private final Options options;
    private final ZonedDateTime now;
    private final String text;
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private CompletePlan(ParsedState ps, Options options, ZonedDateTime now) {
        this.ps = ps;
        this.options = options;
        this.now = now;
        this.text = ps.text();
    }

    /** What complete-plan decided: the plan as this file writes its id, whether it was already recorded, and the change. */
    public record Result(PlanId plan, boolean alreadyComplete, Change change) {
    }

    public static Change run(ParsedState ps, Options options, ZonedDateTime now) {
        return compute(ps, options, now).change();
    }

    /** {@link #run} with its facts typed: the plan id (padded as the file writes ids) and whether nothing was to do. */
    public static Result compute(ParsedState ps, Options options, ZonedDateTime now) {
        return new CompletePlan(ps, options, now).compute();
    }

    private Result compute() {
        PlanId asked = PlanIds.parse(options.id());
        if (asked == null) {
            throw AtomstateException.usage("'" + options.id() + "' is not a plan id; use <phase>-<plan>, e.g. 62-01 or 5.1-02");
        }
        Double minutes = null;
        if (options.duration() != null) {
            minutes = Durations.minutes(options.duration());
            if (minutes == null) {
                throw AtomstateException.usage("--duration '" + options.duration() + "' is not a duration; use e.g. 14min, 1h 5m, 45s or 90");
            }
            UserText.plausibleDuration(options.duration(), minutes);
        }
        String title = options.title() == null ? null : UserText.oneLine("--title", options.title());
        if (options.tasks() != null && options.tasks() < 0 || options.files() != null && options.files() < 0) {
            throw AtomstateException.usage("--tasks and --files take a number of 0 or more");
        }
        StateModel.Position pos = ps.model().position();
        PlanId id = WrittenPlanIds.asWritten(ps, asked);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("plan", id.toString());
        boolean counted = PlanStatus.positionCounts(ps, id);
        if (!counted && !PlanStatus.recordedByPosition(ps, id)) {
            checkFits(id, pos);
        }
        ParsedState.Handles h = ps.handles();
        PositionWrites writes = new PositionWrites(ps, edits, notes);
        boolean[] lastInPhase = {false};
        if (!counted) {
            // a file whose position names no phase yet: the plan named on the command line says which
            writes.phaseWhereNone(asked.phase());
        }
        // a late record of an earlier phase's plan (a wave's straggler) does not move the later phase's counter
        boolean earlierPhase = pos.phase() != null && pos.phase().number() != null
                && PhaseValues.compare(id.phase(), pos.phase().number()) < 0;
        writes.plan("plan", f -> {
            if (earlierPhase || PlanStatus.fieldCounts(ps, SeparateFields.planAt(ps, f), id) || counted && f != h.plan()) {
                return null;
            }
            PlanPosition.Next next = PlanPosition.advance(ps, id, f);
            if (f == h.plan()) {
                lastInPhase[0] = next.lastInPhase();
            }
            return next.planValue();
        });
        writes.status(old -> !earlierPhase && behind(old, id, counted) ? newStatus(old, id, title, lastInPhase[0]) : null);
        String activity = null;
        StateModel.Activity act = pos.lastActivity();
        if (h.lastActivity() != null && behind(act == null ? null : act.text(), id, counted)) {
            activity = writes.activity(now, example -> PositionText.completedPlan(PositionForms.completion(example), id, title));
        }
        if (!counted) {
            ProgressUpdate.apply(ps, id, writes.out(), notes);
            Velocity.apply(ps, minutes, writes.out(), notes);
        }
        String warning = metricsRow(id, minutes);
        String stopped = session(id, title, counted, writes);
        frontmatter(id, counted, stopped, activity);
        if (warning != null) {
            notes.add(edits.isEmpty() ? 0 : notes.size(), warning);
            facts.put("warnings", List.of(warning));
        }
        boolean already = edits.isEmpty();
        facts.put("alreadyComplete", already);
        if (already) {
            List<String> why = new ArrayList<>(notes.stream().filter(n -> n.equals(warning)).toList());
            why.add("plan " + id + " is already recorded as complete; nothing changed");
            return new Result(id, true, new Change(List.of(), List.copyOf(why), "plan " + id + " already complete", facts));
        }
        Change change = new Change(List.copyOf(edits), List.copyOf(notes), "completed plan " + id, facts);
        // Counters alone cannot say which plan they counted: a second run would count it again.
        ParsedState after = StateParser.parse(ps.fileName(), change.apply(text));
        if (!PlanStatus.positionCounts(after, id) && !PlanStatus.recordedByPosition(after, id)) {
            throw AtomstateException.refused(ps.fileName() + ": no line of this file would record plan " + id
                    + " as complete (no plan, status, activity or session line names it), so a second run could not tell;"
                    + " add a 'Last activity:' or 'Plan:' line under the current position");
        }
        return new Result(id, false, change);
    }

    /**
     * The metrics row: written with --duration when the plan has none; an existing row is kept, and a --duration that
     * differs from it is not written — the warning says so (returned, null when there is nothing to warn about).
     */
    private String metricsRow(PlanId id, Double minutes) {
        for (StateModel.MetricRow row : ps.model().metrics()) {
            if (!id.sameAs(PlanIds.parse(row.phase() + "-" + row.plan()))) {
                continue;
            }
            if (minutes != null && (row.minutes() == null || Math.round(row.minutes()) != Math.round(minutes))) {
                String given = Styles.minutesLike(Durations.form(row.duration()), minutes);
                return "warning: plan " + id + " already has a metrics row saying '" + row.duration() + "' (line " + row.line()
                        + "), not " + given + "; kept — run 'atomstate metric " + id + " --duration " + (given.contains(" ") ? "\"" + given + "\"" : given)
                        + " --replace' to change it"; // quoted: "20 min" pasted bare would be two arguments
            }
            return null;
        }
        if (minutes != null) {
            MetricRowWriter.append(ps, id, minutes, options.tasks(), options.files(), now, edits, notes);
        } else if (!ps.handles().metricTables().isEmpty()) {
            notes.add("no metrics row written: give --duration to record one");
        }
        return null;
    }

    /**
     * Session continuity: updated when this completion moves the position, or when its "Stopped at" names an earlier
     * plan; a session that names this plan or a later one (or says something else, once the position has counted the
     * plan) is kept. Returns the new Stopped at, or null.
     */
    private String session(PlanId id, String title, boolean counted, PositionWrites writes) {
        StateModel.Located stoppedAt = ps.model().session().stoppedAt();
        String old = stoppedAt == null ? ps.model().frontmatter().get("stopped_at") : stoppedAt.text();
        if (!behind(old, id, counted)) {
            return null;
        }
        String stopped = stoppedAt == null ? null
                : PositionText.stoppedAfterPlan(PositionForms.completion(stoppedAt.text()), id, title);
        writes.session(now, null, null);
        writes.stoppedAt(v -> PositionText.stoppedAfterPlan(PositionForms.completion(v), id, title));
        return stopped != null ? stopped : "Completed " + id + "-PLAN.md";
    }

    /**
     * Whether a record (status, last activity, stopped at) is behind the plan: it does not name this plan or a later one
     * done, and either the position has not counted the plan yet or the record names an earlier plan. Once the position
     * has counted the plan, a record in other words ("In progress", "Paused for review") is the file's own and is kept.
     */
    private static boolean behind(String record, PlanId id, boolean counted) {
        return !PlanStatus.namesDoneOrLater(record, id) && (!counted || PlanStatus.namesEarlier(record, id));
    }

    private void checkFits(PlanId id, StateModel.Position pos) {
        if (options.force()) {
            return;
        }
        if (pos.phase() != null && pos.phase().number() != null && !id.samePhase(pos.phase().number())) {
            throw AtomstateException.refused(ps.fileName() + ":" + pos.phase().line() + ": plan " + id
                    + " is not in the current phase " + pos.phase().number() + "; begin that phase first, or use --force");
        }
        if (pos.plan() != null && pos.plan().total() != null && id.planNumber() > pos.plan().total()) {
            throw AtomstateException.refused(ps.fileName() + ":" + pos.plan().line() + ": plan " + id
                    + " is beyond the " + pos.plan().total() + " plans of phase " + id.phase() + "; use --force to record it anyway");
        }
    }

    private String newStatus(String old, PlanId id, String title, boolean lastInPhase) {
        ParsedState.Handles h = ps.handles();
        String tail = title == null ? "" : " - " + title;
        PositionForms.StatusForm form = PositionForms.status(old);
        if (form != null) {
            return PositionText.status(form, id, tail);
        }
        Field status = h.status();
        boolean chain = status != null && h.chains().containsKey(status.line()) && old.equals(status.value(text));
        if (chain) {
            return "Phase " + id + " COMPLETE" + tail;
        }
        if (lastInPhase) {
            return "Phase complete " + PositionLines.dash(ps) + " ready for verification";
        }
        String lower = old.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("progress") || lower.contains("executing")) {
            return old;
        }
        return "In progress";
    }

    /** Keeps the frontmatter in agreement with the body, editing only the values that change. */
    private void frontmatter(PlanId id, boolean counted, String stopped, String activity) {
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        int before = edits.size();
        Integer done = fm.integer("progress.completed_plans");
        if (done != null && !counted) {
            int d = done + 1;
            Integer t = fm.integer("progress.total_plans");
            if (t == null || d <= t) {
                fm.set("progress.completed_plans", Integer.toString(d));
                if (t != null && t > 0) {
                    fm.set("progress.percent", Integer.toString((int) Math.round(d * 100.0 / t)));
                }
            }
        }
        if (stopped != null) {
            fm.set("stopped_at", stopped);
        }
        String lastActivity = fm.get("last_activity");
        if (lastActivity != null && !PlanStatus.namesDoneOrLater(lastActivity, id) && (activity != null || !counted)) {
            fm.set("last_activity", DateForms.isBareDate(lastActivity) || activity == null
                    ? Styles.dateLike(DateForms.of(lastActivity), now) : activity);
        }
        if (edits.size() > before || edits.size() > 0) {
            fm.touch("last_updated", now);
        }
    }
}
