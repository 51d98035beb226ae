package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.Digits;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.FrontmatterBlock;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.Whitespace;
import dev.atomstate.parse.PositionValues;
import dev.atomstate.parse.StatusWords;

import java.util.Locale;

/**
 * The frontmatter and the body say different things: counters that cannot be (completed &gt; total), a percent
 * that is not completed/total, a stopped_at, last_activity date or status that the body contradicts.
 */
public final class FrontmatterDrift implements Rule {
    @Override
    public String id() {
        return "frontmatter-drift";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "the frontmatter and the body disagree (counters, percent, stopped_at, last_activity, status)";
    }

    @Override
    public String explanation() {
        return "The frontmatter and the body say different things: completed plans or phases above their total, "
                + "progress.percent that is neither completed/total plans nor completed/total phases, a stopped_at, "
                + "last_activity date or status the body contradicts. Tools that read only the frontmatter then see "
                + "another project than the one described.";
    }

    @Override
    public String fix() {
        return "Make the two agree; atomstate's writing commands keep the frontmatter keys the file has in step "
                + "with the body, so recording the next change with them keeps it so.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        if (state.doc().frontmatter().isEmpty()) {
            return;
        }
        FrontmatterBlock fm = state.doc().frontmatter().get(0);
        counters(fm, "progress.completed_plans", "progress.total_plans", "plans", out);
        counters(fm, "progress.completed_phases", "progress.total_phases", "phases", out);
        percent(fm, out);
        stoppedAt(state, fm, out);
        lastActivity(state, fm, out);
        status(state, fm, out);
    }

    private static void counters(FrontmatterBlock fm, String donePath, String totalPath, String what, Findings out) {
        Integer done = number(fm, donePath);
        Integer total = number(fm, totalPath);
        if (done != null && total != null && done > total) {
            out.add(fm.entry(donePath).line() + 1, 1, "frontmatter " + donePath + " is " + done + " but " + totalPath + " is "
                    + total + "; completed " + what + " cannot exceed the total — fix one of them");
        }
    }

    private static void percent(FrontmatterBlock fm, Findings out) {
        Integer done = number(fm, "progress.completed_plans");
        Integer total = number(fm, "progress.total_plans");
        Integer percent = number(fm, "progress.percent");
        if (done == null || total == null || percent == null || total == 0 || done > total) {
            return;
        }
        double exact = done * 100.0 / total;
        // GSD's own tools write the share of completed phases here; either reading is consistent
        Integer phasesDone = number(fm, "progress.completed_phases");
        Integer phases = number(fm, "progress.total_phases");
        if (phasesDone != null && phases != null && phases > 0 && near(percent, phasesDone * 100.0 / phases)) {
            return;
        }
        if (!near(percent, exact)) {
            out.add(fm.entry("progress.percent").line() + 1, 1, "frontmatter progress.percent is " + percent + " but "
                    + done + "/" + total + " plans is " + Math.round(exact) + "; write " + Math.round(exact));
        }
    }

    private static boolean near(int percent, double exact) {
        return percent >= Math.floor(exact) && percent <= Math.ceil(exact);
    }

    private static void stoppedAt(ParsedState state, FrontmatterBlock fm, Findings out) {
        FrontmatterBlock.Entry entry = fm.entry("stopped_at");
        StateModel.Located body = state.model().session().stoppedAt();
        if (entry == null || body == null || StatusWords.isNone(entry.unquoted().strip())
                || StatusWords.isNone(body.text().strip())) {
            return;
        }
        String a = PositionValues.firstPlanId(entry.unquoted());
        String b = PositionValues.firstPlanId(body.text());
        String x = normal(entry.unquoted());
        String y = normal(body.text());
        // one may be the other with a few words more ("Phase 3 complete" / "Phase 3 complete, ready for Phase 4")
        boolean differ = a != null && b != null ? !DuplicateHistory.sameId(a, b) : !x.contains(y) && !y.contains(x);
        if (differ) {
            out.add(entry.line() + 1, 1, "frontmatter stopped_at says \"" + entry.unquoted() + "\" but Stopped at (line " + body.line()
                    + ") says \"" + body.text() + "\"; make them agree");
        }
    }

    private static void lastActivity(ParsedState state, FrontmatterBlock fm, Findings out) {
        FrontmatterBlock.Entry entry = fm.entry("last_activity");
        StateModel.Activity body = state.model().position().lastActivity();
        if (entry == null || body == null || body.date() == null || !DateForms.startsWithDate(entry.unquoted())) {
            return;
        }
        String fmDate = entry.unquoted().substring(0, 10);
        String bodyDate = body.date().substring(0, Math.min(10, body.date().length()));
        if (!fmDate.equals(bodyDate)) {
            out.add(entry.line() + 1, 1, "frontmatter last_activity is " + fmDate + " but Last activity (line " + body.line()
                    + ") is " + bodyDate + "; update the older one");
        }
    }

    private static void status(ParsedState state, FrontmatterBlock fm, Findings out) {
        FrontmatterBlock.Entry entry = fm.entry("status");
        StateModel.Located body = state.model().position().status();
        if (entry == null || body == null) {
            return;
        }
        String f = entry.unquoted().strip();
        String b = body.text().replace("*", "").strip();
        boolean contradicts = StatusWords.frontmatterDone(f) && StatusWords.bodyActive(b)
                || StatusWords.frontmatterActive(f) && StatusWords.bodyDone(b);
        if (contradicts) {
            out.add(entry.line() + 1, 1, "frontmatter status is \"" + f + "\" but Status (line " + body.line() + ") says \"" + b
                    + "\"; update the stale one");
        }
    }

    private static Integer number(FrontmatterBlock fm, String path) {
        FrontmatterBlock.Entry e = fm.entry(path);
        return e != null && Digits.isAll(e.unquoted(), 1, 6) ? Integer.valueOf(e.unquoted()) : null;
    }

    private static String normal(String s) {
        return DecisionDuplicate.withoutFinal(Whitespace.collapse(s.replace("*", "").replace("`", "")).strip(), ".").toLowerCase(Locale.ROOT);
    }
}
