package dev.atomstate.app.merge;

import dev.atomstate.parse.LazyPattern;
import dev.atomstate.parse.PlanIds;
import dev.atomstate.query.PlanStatus;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.ParsedState;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The plans one version of a state file records as completed — by a metrics row, a Previous entry, or what
 * {@link PlanStatus} reads from the position, activity and session — keyed numerically ("2-1" for 02-01), with the
 * id as that version writes it. The counters are recounted from these: a plan both branches completed counts once.
 */
final class CompletedPlans {
    private CompletedPlans() {
    }

    private static final LazyPattern ID = LazyPattern.of("(?<![\\w.-])(\\d{1,3}(?:\\.\\d+)*)-(\\d{1,3})(?![\\d.]|-[a-z])");

    static Map<String, PlanId> of(ParsedState ps) {
        StateModel m = ps.model();
        Map<String, PlanId> done = new LinkedHashMap<>();
        for (StateModel.MetricRow r : m.metrics()) {
            PlanId id = PlanIds.parse(r.phase() + "-" + r.plan());
            if (id != null) {
                done.putIfAbsent(StateAnatomy.canonical(id), id);
            }
        }
        for (StateModel.HistoryEntry h : m.history()) {
            PlanId id = h.planId() == null ? null : PlanIds.parse(h.planId());
            if (id != null && h.text().toLowerCase(java.util.Locale.ROOT).contains("complete")) {
                done.putIfAbsent(StateAnatomy.canonical(id), id);
            }
        }
        List<PlanId> candidates = new ArrayList<>();
        StateModel.Position pos = m.position();
        for (String text : new String[] {pos.status() == null ? null : pos.status().text(),
                pos.lastActivity() == null ? null : pos.lastActivity().raw(),
                m.session().stoppedAt() == null ? null : m.session().stoppedAt().text(),
                m.frontmatter().get("stopped_at"), m.frontmatter().get("last_activity")}) {
            Matcher id = text == null ? null : ID.matcher(text);
            while (id != null && id.find()) {
                candidates.add(new PlanId(id.group(1), id.group(2)));
            }
        }
        PlanId last = PlanStatus.lastDone(ps);
        if (last != null) {
            for (int n = 1; n <= Math.min(last.planNumber() + 1, 999); n++) {
                candidates.add(last.withPlan(n));
            }
        }
        for (PlanId id : candidates) {
            if (!done.containsKey(StateAnatomy.canonical(id)) && PlanStatus.isCompleted(ps, id)) {
                done.put(StateAnatomy.canonical(id), id);
            }
        }
        return done;
    }

    /** The highest plan number completed in {@code phase}, or 0. */
    static int highestIn(Map<String, PlanId> done, String phase) {
        int best = 0;
        for (PlanId id : done.values()) {
            if (phase != null && id.samePhase(phase)) {
                best = Math.max(best, id.planNumber());
            }
        }
        return best;
    }
}
