package dev.atomstate.app;

import dev.atomstate.query.StateLists;
import dev.atomstate.query.Totals;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.model.Neighbours;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code report} draws, computed from the state file (and its archive): a burn-up per milestone, the duration
 * of every recorded plan with statistical outliers and implausible values marked, a timeline of the phases in
 * working time, the open blockers and the latest decisions. Pure: the renderers only lay these numbers out.
 *
 * <p>A burn-up ends at the done count the progress line states. The file records when plans were done only here
 * and there, so the line is drawn over the recorded plans in plan order (with their dates where the file has them),
 * starting from the plans done before the first one it itemises.
 */
public final class ReportData {
    private ReportData() {
    }

    static final int RECENT_DECISIONS = 8;
    static final int MAX_BARS = 80;

    /** {@code at}: minutes of recorded work when the plan was done (the plans before it, at their durations). */
    public record Point(String plan, String date, int done, double at) {
    }

    /** {@code total} null: the file states no plan total for it. {@code current}: the milestone in flight. */
    public record Burnup(String label, Integer done, Integer total, Double percent, boolean current, int notItemised,
                         List<Point> points) {
    }

    /** {@code kind}: "normal", "outlier" (beyond 1.5 × the interquartile range) or "excluded" (with {@code reason}). */
    public record Bar(String plan, String phase, String duration, Double minutes, String kind, String reason) {
    }

    /** A phase's recorded working time, from {@code start} to {@code end} minutes into the recorded work. */
    public record Span(String phase, double start, double end, int plans, String firstDate, String lastDate, boolean current) {
    }

    public record Listed(String label, String text, int line) {
    }

    public record Result(String title, String file, String generated, Map<String, String> position, List<Burnup> burnups,
                         List<Bar> durations, Double outlierAbove, List<Span> timeline, List<Listed> blockers,
                         List<Listed> decisions, VelocityReport.Result velocity) {
    }

    public static Result of(ParsedState state, ParsedState archive, Neighbours neighbours, String generated) {
        VelocityReport.Result velocity = VelocityReport.of(state, archive, neighbours, 10);
        List<Bar> bars = bars(velocity);
        Double fence = fence(velocity);
        List<Bar> marked = new ArrayList<>();
        for (Bar b : bars) {
            boolean outlier = b.kind().equals("normal") && fence != null && b.minutes() > fence;
            marked.add(outlier ? new Bar(b.plan(), b.phase(), b.duration(), b.minutes(), "outlier", "more than 1.5 × the "
                    + "interquartile range above the third quartile") : b);
        }
        return new Result(title(state), state.fileName(), generated, position(state), burnups(state, archive, neighbours),
                marked, fence, timeline(state, archive, velocity), items(state), decisions(state), velocity);
    }

    private static String title(ParsedState ps) {
        for (Section s : ps.doc().sections()) {
            if (!s.title().isBlank()) {
                return s.title();
            }
        }
        return ps.fileName();
    }

    private static Map<String, String> position(ParsedState ps) {
        StateModel.Position p = ps.model().position();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Phase", p.phase() == null ? null : p.phase().raw());
        m.put("Plan", p.plan() == null ? null : p.plan().raw());
        m.put("Status", p.status() == null ? null : p.status().text());
        m.put("Last activity", p.lastActivity() == null ? null : p.lastActivity().raw());
        m.put("Milestone", Milestones.current(ps) == null ? null : "v" + Milestones.current(ps));
        return m;
    }

    /**
     * One burn-up per milestone segment of the progress line (segments about a single phase are left out). The
     * milestone in flight gets the recorded plans: the last {@code done} of them in plan order.
     */
    private static List<Burnup> burnups(ParsedState state, ParsedState archive, Neighbours neighbours) {
        Totals.Result totals = Totals.of(state, neighbours == null ? Neighbours.none() : neighbours);
        List<ProgressReport.Segment> segments = new ArrayList<>();
        for (ProgressReport.Segment s : ProgressReport.report(state, totals)) {
            if (s.label() == null || !s.label().matches("(?i)phase.*")) {
                segments.add(s);
            }
        }
        String current = Milestones.current(state);
        int currentIndex = segments.size() - 1;
        for (int i = 0; i < segments.size(); i++) {
            if (current != null && segments.get(i).label() != null && segments.get(i).label().equalsIgnoreCase("v" + current)) {
                currentIndex = i;
            }
        }
        List<Point> recorded = recordedPlans(state, archive);
        VelocityReport.Result velocity = VelocityReport.of(state, archive, neighbours, 10);
        Map<String, Double> minutes = new LinkedHashMap<>();
        for (VelocityReport.Plan p : velocity.plans()) {
            PlanId id = PlanIds.parse(p.plan());
            if (p.counted() && id != null) {
                minutes.putIfAbsent(key(id), p.minutes());
            }
        }
        // a plan without a plausible duration takes the typical one, so that it neither stops the clock nor runs it
        double typical = velocity.pace().median() == null ? 1 : velocity.pace().median();
        List<Burnup> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            ProgressReport.Segment s = segments.get(i);
            Integer done = s.done();
            Integer total = s.total();
            if (done == null && i == currentIndex && s.percent() != null && total != null) {
                done = (int) Math.round(s.percent() * total / 100.0);
            }
            if (done == null && i == currentIndex) {
                done = recorded.size();
            }
            List<Point> points = new ArrayList<>();
            int notItemised = done == null ? 0 : done;
            if (i == currentIndex && done != null) {
                int k = Math.min(done, recorded.size());
                notItemised = done - k;
                points.add(new Point(null, null, notItemised, 0));
                int n = notItemised;
                double at = 0;
                for (Point p : recorded.subList(recorded.size() - k, recorded.size())) {
                    at += minutes.getOrDefault(key(PlanIds.parse(p.plan())), typical);
                    points.add(new Point(p.plan(), p.date(), ++n, at));
                }
            } else if (done != null) {
                points.add(new Point(null, null, 0, 0));
                points.add(new Point(null, null, done, 1));
            }
            out.add(new Burnup(s.label() == null ? (current == null ? "milestone" : "v" + current) : s.label(), done, total,
                    s.percent(), i == currentIndex, notItemised, points));
        }
        return out;
    }

    /** Every plan the files record as done (metrics rows, Previous entries), once, in plan order, with a date if any. */
    private static List<Point> recordedPlans(ParsedState state, ParsedState archive) {
        Map<String, Point> byKey = new LinkedHashMap<>();
        List<PlanId> ids = new ArrayList<>();
        for (ParsedState ps : archive == null ? List.of(state) : List.of(archive, state)) {
            for (StateLists.Entry e : StateLists.history(ps)) {
                Object plan = e.extra().get("plan");
                PlanId id = plan == null ? null : PlanIds.parse(plan.toString());
                if (id == null) {
                    continue;
                }
                String key = key(id);
                Point old = byKey.get(key);
                if (old == null) {
                    byKey.put(key, new Point(plan.toString(), e.date(), 0, 0));
                    ids.add(id);
                } else if (old.date() == null && e.date() != null) {
                    byKey.put(key, new Point(old.plan(), e.date(), 0, 0));
                }
            }
        }
        List<Point> out = new ArrayList<>(byKey.values());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> ids.get(a).compareTo(ids.get(b)));
        List<Point> sorted = new ArrayList<>();
        for (int i : order) {
            sorted.add(out.get(i));
        }
        return sorted;
    }

    /** A plan id compared numerically: 3-2 and 03-02 are one plan. */
    private static String key(PlanId id) {
        return normal(id.phase()) + "-" + id.planNumber();
    }

    private static List<Bar> bars(VelocityReport.Result v) {
        List<Bar> out = new ArrayList<>();
        for (VelocityReport.Plan p : v.plans()) {
            if (p.excluded() != null && p.excluded().startsWith("recorded again")) {
                continue;
            }
            out.add(new Bar(p.plan(), p.phase(), p.duration(), p.minutes(), p.counted() ? "normal" : "excluded", p.excluded()));
        }
        return out.size() > MAX_BARS ? out.subList(out.size() - MAX_BARS, out.size()) : out;
    }

    /** Tukey's upper fence over the counted durations: Q3 + 1.5 × IQR; null with fewer than four. */
    private static Double fence(VelocityReport.Result v) {
        List<Double> m = v.plans().stream().filter(VelocityReport.Plan::counted).map(VelocityReport.Plan::minutes).sorted().toList();
        if (m.size() < 4) {
            return null;
        }
        double q1 = VelocityReport.Minutes.quantile(m, 0.25);
        double q3 = VelocityReport.Minutes.quantile(m, 0.75);
        return q3 + 1.5 * (q3 - q1);
    }

    /** Phases in number order, each as long as its counted minutes; the current phase is marked (and shown if unrecorded). */
    private static List<Span> timeline(ParsedState state, ParsedState archive, VelocityReport.Result v) {
        String current = state.model().position().phase() == null ? null : state.model().position().phase().number();
        Map<String, String[]> dates = new LinkedHashMap<>();
        for (Point p : recordedPlans(state, archive)) {
            PlanId id = PlanIds.parse(p.plan());
            if (id != null && p.date() != null) {
                String key = normal(id.phase());
                String[] d = dates.computeIfAbsent(key, k -> new String[2]);
                d[0] = d[0] == null || p.date().compareTo(d[0]) < 0 ? p.date() : d[0];
                d[1] = d[1] == null || p.date().compareTo(d[1]) > 0 ? p.date() : d[1];
            }
        }
        List<Span> out = new ArrayList<>();
        double at = 0;
        boolean currentSeen = false;
        for (VelocityReport.PhaseStats s : v.phases()) {
            boolean isCurrent = current != null && s.phase().matches("\\d+(\\.\\d+)*") && current.matches("\\d+(\\.\\d+)*")
                    && PlanId.comparePhases(s.phase(), current) == 0;
            currentSeen |= isCurrent;
            String[] d = dates.getOrDefault(normal(s.phase()), new String[2]);
            out.add(new Span(s.phase(), at, at + s.total(), s.plans(), d[0], d[1], isCurrent));
            at += s.total();
        }
        if (!currentSeen && current != null && current.matches("\\d+(\\.\\d+)*")) {
            out.add(new Span(current, at, at, 0, null, null, true));
        }
        return out;
    }

    private static String normal(String phase) {
        return PlanIds.withoutLeadingZeros(phase);
    }

    private static List<Listed> items(ParsedState ps) {
        List<Listed> out = new ArrayList<>();
        for (StateModel.Item i : ps.model().blockers()) {
            if (!i.done()) {
                out.add(new Listed(null, i.text(), i.line()));
            }
        }
        return out;
    }

    private static List<Listed> decisions(ParsedState ps) {
        List<StateModel.Decision> all = ps.model().decisions();
        List<Listed> out = new ArrayList<>();
        for (StateModel.Decision d : all.subList(Math.max(0, all.size() - RECENT_DECISIONS), all.size())) {
            out.add(new Listed(d.phase(), d.text(), d.line()));
        }
        return out;
    }
}
