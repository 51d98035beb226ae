package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.PositionText;
import dev.atomstate.edit.Styles;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Durations;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.parse.PositionForms;
import dev.atomstate.query.PlanStatus;
import dev.atomstate.query.WrittenPlanIds;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * complete-plan: records that a plan is finished. Advances the plan field in its own form, moves the old
 * status and last activity to the top of their "Previous:" chains where the file keeps them, updates the
 * progress segment, velocity totals, a metrics row, session continuity and frontmatter counters.
 * Validates first; a plan already recorded as complete changes nothing.
 */
public final class CompletePlan {
    public record Options(String id, String duration, Integer tasks, Integer files, String title, boolean force) {
    }

    private final ParsedState ps;
    private final Options options;
    private final ZonedDateTime now;
    private final String text;
    private final Document doc;
    private final List<TextEdit> edits = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private CompletePlan(ParsedState ps, Options options, ZonedDateTime now) {
        this.ps = ps;
        this.options = options;
        this.now = now;
        this.text = ps.text();
        this.doc = ps.doc();
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
        if (PlanStatus.isCompleted(ps, id)) {
            facts.put("alreadyComplete", true);
            return new Result(id, true, new Change(List.of(), List.of("plan " + id + " is already recorded as complete; nothing changed"),
                    "plan " + id + " already complete", facts));
        }
        checkFits(id, pos);
        ParsedState.Handles h = ps.handles();
        PlanPosition.Next next = PlanPosition.advance(ps, id);
        if (next.planValue() != null && h.plan() != null) {
            replace(h.plan().value(), next.planValue(), "plan " + h.plan().value(text) + " → " + next.planValue());
        }
        String newStatus = newStatus(id, title, next.lastInPhase());
        if (h.status() != null && newStatus != null && !newStatus.equals(h.status().value(text))) {
            pushPrevious(h.status(), h.status().value(text));
            replace(h.status().value(), newStatus, "status → " + newStatus);
        }
        String activityText = null;
        if (h.lastActivity() != null) {
            activityText = newActivity(h.lastActivity().value(text), id, title);
            pushPrevious(h.lastActivity(), h.lastActivity().value(text));
            replace(h.lastActivity().value(), activityText, "last activity → " + activityText);
        }
        ProgressUpdate.apply(ps, id, this::replace, notes);
        Velocity.apply(ps, minutes, this::replace, notes);
        if (minutes != null) {
            MetricRowWriter.append(ps, id, minutes, options.tasks(), options.files(), now, edits, notes);
        } else if (!h.metricTables().isEmpty()) {
            notes.add("no metrics row written: give --duration to record one");
        }
        String stopped = null;
        if (h.lastSession() != null) {
            String v = Styles.dateLike(DateForms.of(h.lastSession().value(text)), now);
            replace(h.lastSession().value(), v, "last session → " + v);
        }
        if (h.stoppedAt() != null) {
            stopped = PositionText.stoppedAfterPlan(PositionForms.completion(h.stoppedAt().value(text)), id, title);
            replace(h.stoppedAt().value(), stopped, "stopped at → " + stopped);
        }
        frontmatter(id, title, stopped, activityText);
        facts.put("alreadyComplete", false);
        Change change = new Change(List.copyOf(edits), List.copyOf(notes), "completed plan " + id, facts);
        // Counters alone cannot say which plan they counted: a second run would count it again.
        if (!change.isNoop() && !PlanStatus.isCompleted(dev.atomstate.parse.StateParser.parse(ps.fileName(), change.apply(text)), id)) {
            throw AtomstateException.refused(ps.fileName() + ": no line of this file would record plan " + id
                    + " as complete (no plan, status, activity or session line names it), so a second run could not tell;"
                    + " give --duration to write its metrics row, or add a 'Last activity:' line");
        }
        return new Result(id, false, change);
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

    private void replace(dev.atomstate.parse.Span span, String value, String why) {
        if (!span.of(text).equals(value)) {
            edits.add(new TextEdit(span.start(), span.end(), value, why));
            notes.add(why);
        }
    }

    private void pushPrevious(Field field, String old) {
        TextEdit e = PositionLines.previous(ps, field, old);
        if (e != null) {
            edits.add(e);
        }
    }

    private String newStatus(PlanId id, String title, boolean lastInPhase) {
        ParsedState.Handles h = ps.handles();
        if (h.status() == null) {
            return null;
        }
        String old = h.status().value(text);
        String tail = title == null ? "" : " - " + title;
        PositionForms.StatusForm form = PositionForms.status(old);
        if (form != null) {
            return PositionText.status(form, id, tail);
        }
        boolean chain = h.chains().containsKey(h.status().line());
        if (chain) {
            return "Phase " + id + " COMPLETE" + tail;
        }
        if (lastInPhase) {
            return "Phase complete " + dash() + " ready for verification";
        }
        String lower = old.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("progress") || lower.contains("executing")) {
            return old;
        }
        return "In progress";
    }

    private String dash() {
        return PositionLines.dash(ps);
    }

    private String newActivity(String old, PlanId id, String title) {
        return PositionLines.activity(old, now, example -> PositionText.completedPlan(PositionForms.completion(example), id, title));
    }

    /** Keeps frontmatter counters in agreement with the body, editing only the values that change. */
    private void frontmatter(PlanId id, String title, String stopped, String activity) {
        FrontmatterSync fm = FrontmatterSync.of(ps, edits, notes);
        Integer done = fm.integer("progress.completed_plans");
        if (done != null) {
            int d = done + 1;
            Integer t = fm.integer("progress.total_plans");
            if (t == null || d <= t) {
                fm.set("progress.completed_plans", Integer.toString(d));
                if (t != null && t > 0) {
                    fm.set("progress.percent", Integer.toString((int) Math.round(d * 100.0 / t)));
                }
            }
        }
        fm.set("stopped_at", stopped != null ? stopped : "Completed " + id + "-PLAN.md");
        String lastActivity = fm.get("last_activity");
        if (lastActivity != null) {
            fm.set("last_activity", DateForms.isBareDate(lastActivity) || activity == null
                    ? Styles.dateLike(DateForms.of(lastActivity), now) : activity);
        }
        fm.touch("last_updated", now);
    }
}
