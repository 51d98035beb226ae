package dev.atomstate.app;

import dev.atomstate.query.PlanStatus;
import dev.atomstate.query.Totals;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.model.Neighbours;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.Durations;
import dev.atomstate.parse.ParsedState;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How fast work really goes, from the per-plan metrics rows (the archive's first, then the state file's, in the
 * order they were recorded): every duration in minutes, the ones that cannot be one plan's minutes (what
 * {@code metric-duration} flags, {@link Durations#implausibility}) shown and left out with the reason, a plan
 * recorded twice counted once, median and spread per phase, the pace and trend of the last N plans, and an
 * estimate for the rest of the phase and of the milestone as a range, with what it rests on.
 */
public final class VelocityReport {
    private VelocityReport() {
    }

    /** Fewer plausible durations than this give no pace to estimate from. */
    static final int MIN_BASIS = 3;

    /**
     * One recorded plan; {@code excluded} is why it does not count (null when it does). A plan recorded twice counts
     * once: the first row with a plausible duration.
     */
    public record Plan(String plan, String phase, String duration, Double minutes, String excluded, String file, int line) {
        public boolean counted() {
            return excluded == null;
        }
    }

    /** Quartiles and range of one phase's counted plans. */
    public record PhaseStats(String phase, int plans, int counted, Double median, Double p25, Double p75, Double min,
                             Double max, double total) {
    }

    /** The last {@code plans} counted plans: their median and quartiles, and the trend between their two halves. */
    public record Pace(List<Plan> plans, Double median, Double p25, Double p75, String trend, Double earlierMedian,
                       Double laterMedian) {
    }

    /**
     * The rest of a phase or milestone: plans left (and where that number comes from; {@code assumed} when it is a
     * guess from the file's other phases), and plans left × the pace's quartiles and median, in minutes.
     */
    public record Estimate(String scope, String name, Integer plansLeft, String basis, boolean assumed, Double low,
                           Double mid, Double high) {
    }

    public record Result(List<Plan> plans, List<PhaseStats> phases, Pace pace, List<Estimate> estimates, String paceBasis) {
        public long countedPlans() {
            return plans.stream().filter(Plan::counted).count();
        }
    }

    /** {@code archive} may be null; {@code last}: how many recent plans make the pace. */
    public static Result of(ParsedState state, ParsedState archive, Neighbours neighbours, int last) {
        List<Plan> plans = new ArrayList<>();
        Map<String, Plan> seen = new HashMap<>();
        for (ParsedState ps : archive == null ? List.of(state) : List.of(archive, state)) {
            for (StateModel.MetricRow r : ps.model().metrics()) {
                String id = r.phase() + "-" + r.plan();
                String key = key(r.phase(), r.plan());
                String why;
                if (Durations.isEmpty(r.duration())) {
                    why = "no duration recorded";
                } else if (seen.containsKey(key)) {
                    Plan first = seen.get(key);
                    why = "recorded again (first at " + (first.file().equals(state.fileName()) ? "line " + first.line()
                            : first.file() + ":" + first.line()) + ")";
                } else {
                    why = Durations.implausibility(r.duration(), r.minutes());
                    if (why != null && r.minutes() != null) {
                        why += " — looks like seconds, a line count or a timestamp";
                    }
                }
                Plan p = new Plan(id, r.phase(), r.duration(), r.minutes(), why, ps.fileName(), r.line());
                if (p.counted()) {
                    seen.put(key, p);
                }
                plans.add(p);
            }
        }
        List<Plan> counted = plans.stream().filter(Plan::counted).toList();
        Pace pace = pace(counted.subList(Math.max(0, counted.size() - last), counted.size()));
        List<Estimate> estimates = new ArrayList<>();
        String basis;
        if (pace.plans().size() < MIN_BASIS) {
            basis = "too few plausible durations to estimate from (" + pace.plans().size() + ", at least " + MIN_BASIS + " needed)";
        } else {
            basis = "the last " + pace.plans().size() + " plausible durations (of " + counted.size() + "): median "
                    + Minutes.format(pace.median()) + " a plan, " + Minutes.range(pace.p25(), pace.p75()) + " between the quartiles";
            Totals.Result totals = Totals.of(state, neighbours == null ? Neighbours.none() : neighbours);
            Estimate phase = phaseEstimate(state, totals, plans, pace);
            if (phase != null) {
                estimates.add(phase);
            }
            Estimate milestone = milestoneEstimate(state, totals, pace);
            if (milestone != null) {
                estimates.add(milestone);
            }
        }
        return new Result(plans, phases(plans), pace, estimates, basis);
    }

    private static String key(String phase, String plan) {
        String p = PlanIds.withoutLeadingZeros(phase);
        String n = PlanIds.withoutLeadingZeros(plan);
        return p + "-" + n;
    }

    private static List<PhaseStats> phases(List<Plan> plans) {
        TreeMap<String, List<Plan>> by = new TreeMap<>((a, b) -> {
            boolean na = a.matches("\\d+(\\.\\d+)*");
            boolean nb = b.matches("\\d+(\\.\\d+)*");
            return na && nb ? PlanId.comparePhases(a, b) : na != nb ? (na ? -1 : 1) : a.compareTo(b);
        });
        for (Plan p : plans) {
            by.computeIfAbsent(p.phase(), k -> new ArrayList<>()).add(p);
        }
        List<PhaseStats> out = new ArrayList<>();
        by.forEach((phase, list) -> {
            List<Double> m = list.stream().filter(Plan::counted).map(Plan::minutes).sorted().toList();
            double total = m.stream().mapToDouble(Double::doubleValue).sum();
            out.add(new PhaseStats(list.get(0).phase(), list.size(), m.size(), Minutes.quantile(m, 0.5), Minutes.quantile(m, 0.25),
                    Minutes.quantile(m, 0.75), m.isEmpty() ? null : m.get(0), m.isEmpty() ? null : m.get(m.size() - 1), total));
        });
        return out;
    }

    private static Pace pace(List<Plan> recent) {
        List<Double> m = recent.stream().map(Plan::minutes).sorted().toList();
        String trend = "unknown";
        Double earlier = null;
        Double later = null;
        if (recent.size() >= 4) {
            int half = recent.size() / 2;
            earlier = Minutes.quantile(recent.subList(0, half).stream().map(Plan::minutes).sorted().toList(), 0.5);
            later = Minutes.quantile(recent.subList(recent.size() - half, recent.size()).stream().map(Plan::minutes).sorted().toList(), 0.5);
            double ratio = earlier == 0 ? (later == 0 ? 1 : Double.POSITIVE_INFINITY) : later / earlier;
            trend = ratio > 1.25 ? "slower" : ratio < 0.8 ? "faster" : "steady";
        }
        return new Pace(recent, Minutes.quantile(m, 0.5), Minutes.quantile(m, 0.25), Minutes.quantile(m, 0.75), trend, earlier, later);
    }

    /**
     * Plans left in the current phase: its plan total (the plan counter, the roadmap, the phase folder) minus the last
     * plan done. Without a total, the phase is assumed to be as long as the file's earlier phases were (the median of
     * the highest plan number each recorded), and the estimate says so.
     */
    private static Estimate phaseEstimate(ParsedState state, Totals.Result totals, List<Plan> plans, Pace pace) {
        String phase = totals.phase();
        if (phase == null || !phase.matches("\\d+(\\.\\d+)*")) {
            return null;
        }
        PlanId last = PlanStatus.lastDone(state);
        int done = last != null && last.samePhase(phase) ? last.planNumber() : 0;
        if (last == null || !last.samePhase(phase)) {
            for (Plan p : plans) {
                PlanId id = PlanIds.parse(p.plan());
                if (id != null && id.samePhase(phase)) {
                    done = Math.max(done, id.planNumber());
                }
            }
        }
        Integer total = totals.plansInPhase().value();
        if (total != null) {
            int left = Math.max(0, total - done);
            return estimate("phase", phase, left, done + " of " + total + " plans done (" + totals.plansInPhase().source() + ")", false, pace);
        }
        Map<String, Integer> highest = new TreeMap<>();
        for (Plan p : plans) {
            PlanId id = PlanIds.parse(p.plan());
            if (id != null && PlanId.comparePhases(id.phase(), phase) < 0) {
                highest.merge(key(id.phase(), "0"), id.planNumber(), Math::max);
            }
        }
        if (highest.isEmpty()) {
            return new Estimate("phase", phase, null, "the phase's plan total is unknown (give it as 'Plan: N of M' or in ROADMAP.md)",
                    false, null, null, null);
        }
        List<Double> sizes = highest.values().stream().map(Integer::doubleValue).sorted().toList();
        int typical = (int) Math.round(Minutes.quantile(sizes, 0.5));
        int left = Math.max(1, typical - done);
        return estimate("phase", phase, left, "plan total unknown; assumed " + typical + " plans like the median of "
                + sizes.size() + " earlier phases in the metrics, " + done + " done (give the total as 'Plan: N of M' or in ROADMAP.md)",
                true, pace);
    }

    /** The milestone in flight: its progress segment's counts, else the totals (frontmatter, roadmap, phase folders). */
    private static Estimate milestoneEstimate(ParsedState state, Totals.Result totals, Pace pace) {
        String version = totals.milestone() != null ? totals.milestone().replaceFirst("^[vV]", "") : Milestones.current(state);
        if (version != null) {
            for (StateModel.ProgressSegment seg : state.model().progress()) {
                if (seg.label() != null && seg.label().equalsIgnoreCase("v" + version) && seg.done() != null && seg.total() != null) {
                    return estimate("milestone", seg.label(), Math.max(0, seg.total() - seg.done()),
                            seg.done() + " of " + seg.total() + " plans done (the progress line)", false, pace);
                }
            }
        }
        Integer total = totals.milestonePlans().value();
        Integer done = totals.milestonePlansDone().value();
        if (total == null || done == null) {
            return null;
        }
        return estimate("milestone", version == null ? null : "v" + version, Math.max(0, total - done), done + " of " + total
                + " plans done (" + totals.milestonePlans().source() + ")", false, pace);
    }

    private static Estimate estimate(String scope, String name, int left, String basis, boolean assumed, Pace pace) {
        return new Estimate(scope, name, left, basis, assumed, left * pace.p25(), left * pace.median(), left * pace.p75());
    }

    /** Minutes as people read them, and the quantiles used above. */
    public static final class Minutes {
        private Minutes() {
        }

        /** Linear interpolation between the closest ranks of sorted {@code values}; null when there are none. */
        public static Double quantile(List<Double> sorted, double q) {
            if (sorted.isEmpty()) {
                return null;
            }
            double pos = q * (sorted.size() - 1);
            int lo = (int) Math.floor(pos);
            int hi = (int) Math.ceil(pos);
            return sorted.get(lo) + (sorted.get(hi) - sorted.get(lo)) * (pos - lo);
        }

        /** "12 min" under 90 minutes, else "2.5 h"; whole minutes are rounded. */
        public static String format(Double minutes) {
            if (minutes == null) {
                return "—";
            }
            if (minutes < 90) {
                return Math.round(minutes) + " min";
            }
            return String.format(java.util.Locale.ROOT, "%.1f h", minutes / 60);
        }

        public static String range(Double low, Double high) {
            if (low == null || high == null) {
                return "—";
            }
            if (low >= 90) {
                return String.format(java.util.Locale.ROOT, "%.1f–%.1f h", low / 60, high / 60);
            }
            if (high >= 90) {
                return Math.round(low) + " min – " + format(high);
            }
            return Math.round(low) + "–" + Math.round(high) + " min";
        }
    }
}
