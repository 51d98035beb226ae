package dev.atomstate.query;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlanIds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists of a state file — decisions, blockers, todos and the plan history — as entries that the
 * {@code --phase}, {@code --since} and {@code --last} filters work on.
 *
 * <p>History is the record of completed plans the file keeps: the "Previous:" chains under Status and Last
 * activity, and the per-plan metrics rows. A plan named in several places is one entry listing all its sources.
 * It is ordered oldest first by plan id (the chains are written newest first, so file order would not do);
 * entries without a plan id come first, in file order.
 */
public final class StateLists {
    private StateLists() {
    }

    /** {@code phase} null = any; {@code since} null = any date; {@code last} null = all. */
    public record Filter(String phase, LocalDate since, Integer last) {
        public static Filter of(String phase, String since, Integer last) {
            if (phase != null && !PlanIds.isPhaseArgument(phase.strip())) {
                throw AtomstateException.usage("--phase '" + phase + "' is not a phase number; use e.g. --phase 3 or --phase 5.1");
            }
            if (last != null && last < 0) {
                throw AtomstateException.usage("--last " + last + " is negative; use a count such as --last 5");
            }
            LocalDate date = null;
            if (since != null) {
                try {
                    date = LocalDate.parse(since.strip());
                } catch (DateTimeParseException e) {
                    throw AtomstateException.usage("--since '" + since + "' is not a date; use YYYY-MM-DD");
                }
            }
            return new Filter(phase == null ? null : PlanIds.withoutPhaseWord(phase.strip()), date, last);
        }
    }

    /**
     * One entry: the phase it belongs to (or names), the first ISO date on its line, its text, its line, and the
     * fields particular to its kind (done, plan, duration, sources …) in {@code extra}.
     */
    public record Entry(String phase, String date, String text, int line, Map<String, Object> extra) {
    }

    /** The entries that pass, and how many there were and how many had no date when --since was given. */
    public record Result(List<Entry> entries, int total, int undated) {
    }

    public static List<Entry> decisions(ParsedState ps) {
        List<Entry> out = new ArrayList<>();
        for (StateModel.Decision d : ps.model().decisions()) {
            String phase = d.phase() == null ? null : PlanIds.leadingPhase(d.phase());
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("label", d.phase());
            extra.put("rationale", d.rationale());
            out.add(new Entry(phase, dateOn(ps, d.line()), d.text(), d.line(), extra));
        }
        return out;
    }

    public static List<Entry> items(ParsedState ps, List<StateModel.Item> items) {
        List<Entry> out = new ArrayList<>();
        for (StateModel.Item i : items) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("done", i.done());
            out.add(new Entry(PlanIds.mentionedPhase(i.text()), dateOn(ps, i.line()), i.text(), i.line(), extra));
        }
        return out;
    }

    public static List<Entry> history(ParsedState ps) {
        Map<String, Map<String, Object>> byPlan = new LinkedHashMap<>();
        List<Entry> undated = new ArrayList<>();
        List<Object[]> keyed = new ArrayList<>();
        for (StateModel.MetricRow r : ps.model().metrics()) {
            PlanId id = PlanIds.parse(r.phase() + "-" + r.plan());
            if (id == null) {
                continue;
            }
            Map<String, Object> e = merge(byPlan, keyed, id, r.phase() + "-" + r.plan(), r.line(), "metrics");
            e.putIfAbsent("duration", r.duration());
            e.putIfAbsent("minutes", r.minutes());
            e.putIfAbsent("tasks", r.tasks());
            e.putIfAbsent("files", r.files());
        }
        for (StateModel.HistoryEntry h : ps.model().history()) {
            PlanId id = h.planId() == null ? null : PlanIds.parse(h.planId());
            if (id == null) {
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("plan", null);
                extra.put("sources", List.of("previous:" + h.chain()));
                extra.put("lines", List.of(h.line()));
                undated.add(new Entry(null, dateOn(ps, h.line()), h.text(), h.line(), extra));
                continue;
            }
            Map<String, Object> e = merge(byPlan, keyed, id, h.planId(), h.line(), "previous:" + h.chain());
            e.putIfAbsent("text", h.text());
        }
        keyed.sort(Comparator.comparing((Object[] k) -> (PlanId) k[0]).thenComparingInt(k -> (Integer) k[2]));
        List<Entry> out = new ArrayList<>(undated);
        for (Object[] k : keyed) {
            Map<String, Object> e = byPlan.get(k[1]);
            @SuppressWarnings("unchecked")
            List<Integer> lines = (List<Integer>) e.get("lines");
            String date = null;
            for (int line : lines) {
                date = date != null ? date : dateOn(ps, line);
            }
            Map<String, Object> extra = new LinkedHashMap<>(e);
            String text = (String) extra.remove("text");
            PlanId id = (PlanId) k[0];
            out.add(new Entry(id.phase(), date, text, lines.get(0), extra));
        }
        return out;
    }

    private static Map<String, Object> merge(Map<String, Map<String, Object>> byPlan, List<Object[]> keyed, PlanId id,
                                             String written, int line, String source) {
        String key = PlanIds.parse(PlanIds.withoutLeadingZeros(id.phase()) + "-" + id.planNumber()).toString();
        Map<String, Object> e = byPlan.get(key);
        if (e == null) {
            e = new LinkedHashMap<>();
            e.put("plan", written);
            e.put("sources", new ArrayList<String>());
            e.put("lines", new ArrayList<Integer>());
            byPlan.put(key, e);
            keyed.add(new Object[] {id, key, line});
        }
        @SuppressWarnings("unchecked")
        List<String> sources = (List<String>) e.get("sources");
        if (!sources.contains(source)) {
            sources.add(source);
        }
        @SuppressWarnings("unchecked")
        List<Integer> lines = (List<Integer>) e.get("lines");
        lines.add(line);
        return e;
    }

    /** Applies the filter: phase (numerically), then since (undated entries drop out), then the last N. */
    public static Result filter(List<Entry> entries, Filter f) {
        List<Entry> out = new ArrayList<>();
        int undated = 0;
        for (Entry e : entries) {
            if (f.phase() != null && (e.phase() == null || PlanId.comparePhases(e.phase(), f.phase()) != 0)) {
                continue;
            }
            if (f.since() != null) {
                if (e.date() == null) {
                    undated++;
                    continue;
                }
                if (LocalDate.parse(e.date()).isBefore(f.since())) {
                    continue;
                }
            }
            out.add(e);
        }
        if (f.last() != null && out.size() > f.last()) {
            out = new ArrayList<>(out.subList(out.size() - f.last(), out.size()));
        }
        return new Result(out, entries.size(), undated);
    }

    /** The first valid ISO date on a 1-based line, or null. */
    private static String dateOn(ParsedState ps, int line) {
        if (line < 1 || line > ps.doc().lineCount()) {
            return null;
        }
        for (DateForms.Found d : DateForms.isoDates(ps.doc().line(line - 1).content())) {
            try {
                LocalDate.parse(d.date());
                return d.date();
            } catch (DateTimeParseException e) {
                // 2026-13-45 is not a date; look further
            }
        }
        return null;
    }
}
