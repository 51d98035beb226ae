package dev.atomstate.render;

import dev.atomstate.app.StatusReport;
import dev.atomstate.model.StateModel;

import java.io.PrintWriter;
import java.util.List;

/** The person-facing status: short by default, everything with --full; the check summary line and the newest worklog entry last. */
public final class StatusText {
    private final PrintWriter out;
    private final boolean full;
    private final Style style;
    private static final int WIDTH = 100;

    public StatusText(PrintWriter out, boolean full, Style style) {
        this.out = out;
        this.full = full;
        this.style = style;
    }

    public void print(StatusReport report) {
        String file = report.file();
        StateModel m = report.model();
        out.println(style.bold(Safe.text(file)));
        StateModel.Position p = m.position();
        if (p.phase() != null) {
            row("Phase", p.phase().raw().strip());
        }
        if (p.plan() != null) {
            row("Plan", p.plan().raw().strip());
        }
        if (p.status() != null) {
            row("Status", clip(p.status().text(), full ? Integer.MAX_VALUE : 2 * WIDTH));
        }
        if (p.focus() != null && full) {
            row("Focus", p.focus().text());
        }
        progress(m.progress());
        if (p.lastActivity() != null) {
            row("Activity", clip(p.lastActivity().raw().strip(), full ? Integer.MAX_VALUE : WIDTH));
        }
        velocity(m);
        decisions(m.decisions());
        items("Blockers", m.blockers());
        items("Todos", m.todos());
        session(m.session());
        if (m.nextAction() != null && full) {
            row("Next", m.nextAction());
        }
        if (p.phase() == null && p.plan() == null && m.progress().isEmpty() && m.decisions().isEmpty()) {
            out.println("(no position, progress or decisions found in this file)");
        }
        checkHint(report.problems());
        if (report.worklog() != null && report.worklog().newest() != null) {
            out.println("Worklog   " + Safe.text(WorklogJson.oneLine(report.worklog().newest())));
        }
    }

    private void progress(List<StateModel.ProgressSegment> segments) {
        boolean first = true;
        for (StateModel.ProgressSegment s : segments) {
            StringBuilder sb = new StringBuilder();
            if (s.label() != null) {
                sb.append(s.label()).append("  ");
            }
            if (s.barCells() != null) {
                int filled = s.barFilled();
                sb.append('[').append("█".repeat(filled)).append("░".repeat(s.barCells() - filled)).append("] ");
            }
            if (s.done() != null && s.total() != null) {
                sb.append(s.done()).append('/').append(s.total()).append(' ');
            }
            if (s.percent() != null) {
                sb.append(trim(s.percent())).append('%');
            } else if (s.computedPercent() != null) {
                sb.append(Math.round(s.computedPercent())).append('%');
            }
            row(first ? "Progress" : "", sb.toString().strip());
            first = false;
        }
    }

    private void velocity(StateModel m) {
        StateModel.Velocity v = m.velocity();
        StringBuilder sb = new StringBuilder();
        if (v.totalPlans() != null) {
            sb.append(v.totalPlans().text()).append(" plans");
        }
        if (v.averageDuration() != null) {
            sb.append(sb.length() > 0 ? " · " : "").append("average ").append(v.averageDuration().text());
        }
        List<StateModel.MetricRow> rows = m.metrics();
        if (!rows.isEmpty()) {
            sb.append(sb.length() > 0 ? " · " : "").append("recent: ");
            int from = Math.max(0, rows.size() - 5);
            for (int i = from; i < rows.size(); i++) {
                StateModel.MetricRow r = rows.get(i);
                sb.append(i > from ? ", " : "").append(r.phase()).append('-').append(r.plan()).append(' ').append(r.duration());
            }
        }
        if (sb.length() > 0) {
            row("Velocity", clip(sb.toString(), full ? Integer.MAX_VALUE : WIDTH));
        }
    }

    private void decisions(List<StateModel.Decision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        int show = full ? decisions.size() : Math.min(3, decisions.size());
        row("Decisions", decisions.size() + (show < decisions.size() ? ", latest " + show + ":" : ":"));
        for (int i = decisions.size() - show; i < decisions.size(); i++) {
            StateModel.Decision d = decisions.get(i);
            String text = (d.phase() == null ? "" : "[" + d.phase() + "] ") + d.text();
            out.println("  - " + clip(Safe.text(text), full ? Integer.MAX_VALUE : WIDTH - 4));
        }
    }

    private void items(String label, List<StateModel.Item> items) {
        List<StateModel.Item> open = items.stream().filter(i -> !i.done()).toList();
        if (open.isEmpty()) {
            row(label, "none");
            return;
        }
        row(label, open.size() + " open:");
        int show = full ? open.size() : Math.min(5, open.size());
        for (int i = 0; i < show; i++) {
            out.println("  - " + clip(Safe.text(open.get(i).text()), full ? Integer.MAX_VALUE : WIDTH - 4));
        }
        if (show < open.size()) {
            out.println("  … " + (open.size() - show) + " more (--full)");
        }
    }

    private void session(StateModel.Session s) {
        StringBuilder sb = new StringBuilder();
        if (s.lastSession() != null) {
            sb.append(s.lastSession().text());
        }
        if (s.stoppedAt() != null) {
            sb.append(sb.length() > 0 ? " · " : "").append("stopped at ").append(s.stoppedAt().text());
        }
        if (s.resumeFile() != null) {
            sb.append(sb.length() > 0 ? " · " : "").append("resume: ").append(s.resumeFile().text());
        }
        if (sb.length() > 0) {
            row("Session", clip(sb.toString(), full ? Integer.MAX_VALUE : WIDTH));
        }
    }

    private void checkHint(StatusReport.Problems problems) {
        if (problems.total() == 0) {
            return;
        }
        long errors = problems.errors();
        long warnings = problems.total() - errors;
        out.println(style.warn("check: " + problems.total() + (problems.total() == 1 ? " problem" : " problems") + " ("
                + errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
                + ") — run `atomstate check`"));
    }

    /** Every value shown comes from the file: it goes through {@link Safe} here, before any styling. */
    private void row(String label, String value) {
        out.println(style.dim(String.format("%-10s", label)) + Safe.text(value));
    }

    static String trim(Double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** At most {@code max} code points, with an ellipsis when cut. */
    static String clip(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, max - 1))).stripTrailing() + "…";
    }
}
