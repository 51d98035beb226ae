package dev.atomstate.render;

import dev.atomstate.app.StatusReport;
import dev.atomstate.model.PlanId;
import dev.atomstate.model.StateModel;
import dev.atomstate.model.Today;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.Markdown;
import dev.atomstate.parse.PlaceholderText;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * The person-facing status, short by default and everything with --full. Under the phase (the one line hooks and agents
 * key on), what to do next comes first — where the last session stopped, the resume file, the next plan and the next
 * action, the focus — then the rest of where the project is; the check
 * summary line and the newest worklog entry last. Values are shown without their Markdown, dates with their age from
 * the run's clock, and lines are cut to the width given (COLUMNS, else 100).
 */
public final class StatusText {
    /** The line width when COLUMNS is not set: no probing of the terminal (start-up matters). */
    public static final int DEFAULT_WIDTH = 100;
    private static final int LABEL = 10;

    private final PrintWriter out;
    private final boolean full;
    private final Style style;
    private final int width;
    private final Today today;

    public StatusText(PrintWriter out, boolean full, Style style) {
        this(out, full, style, DEFAULT_WIDTH, null);
    }

    /** {@code width}: the line length to cut to; {@code today}: the run's days for ages (null: no ages). */
    public StatusText(PrintWriter out, boolean full, Style style, int width, Today today) {
        this.out = out;
        this.full = full;
        this.style = style;
        this.width = Math.max(LABEL + 20, width);
        this.today = today;
    }

    /** The line width COLUMNS asks for, else {@link #DEFAULT_WIDTH} (unset, not a number, or too small to use). */
    public static int width(String columns) {
        if (columns == null || columns.isBlank()) {
            return DEFAULT_WIDTH;
        }
        try {
            int n = Integer.parseInt(columns.strip());
            return n >= LABEL + 20 ? n : DEFAULT_WIDTH;
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** A bare "2" whose total and name stand in fields of their own (separate-field dialect) is shown "2 of 4 (Name)". */
    private static String separate(String raw, Integer total, String name) {
        String v = raw.strip();
        if (v.isEmpty()) {
            return v;
        }
        for (int i = 0; i < v.length(); i++) {
            if (!Character.isDigit(v.charAt(i))) {
                return v;
            }
        }
        return v + (total == null ? "" : " of " + total) + (name == null ? "" : " (" + name + ")");
    }

    public void print(StatusReport report) {
        String file = report.file();
        StateModel m = report.model();
        out.println(style.bold(Safe.text(file)));
        StateModel.Position p = m.position();
        StateModel.Reading r = m.reading();
        String phase = phase(p, r);
        if (phase != null) {
            row("Phase", phase);
        }
        session(m.session());
        next(report, m.nextAction());
        StateModel.Value focus = r == null ? null : r.focus();
        if (focus != null && focus.text() != null && !focus.text().isBlank()) {
            row("Focus", focus.text());
        }
        if (p.plan() != null) {
            row("Plan", separate(Markdown.plain(p.plan().raw().strip()), p.plan().total(), null));
        }
        StateModel.Value status = r == null ? null : r.status();
        if (status != null && status.text() != null) {
            row("Status", status.text());
        } else if (p.status() != null) {
            row("Status", Markdown.plain(p.status().text()));
        }
        progress(m.progress());
        if (p.lastActivity() != null) {
            row("Activity", withAge(Markdown.plain(p.lastActivity().raw().strip())));
        }
        velocity(m);
        decisions(m.decisions());
        items("Blockers", m.blockers());
        items("Todos", m.todos());
        if (p.phase() == null && p.plan() == null && m.progress().isEmpty() && m.decisions().isEmpty()) {
            out.println("(no position, progress or decisions found in this file)");
        }
        checkHint(report.problems());
        if (report.worklog() != null && report.worklog().newest() != null) {
            out.println("Worklog   " + Safe.text(WorklogJson.oneLine(report.worklog().newest())));
        }
    }

    /** The position's phase line without Markdown; else the phase as read elsewhere (frontmatter, focus, phase table). */
    private static String phase(StateModel.Position p, StateModel.Reading r) {
        if (p.phase() != null) {
            return separate(Markdown.plain(p.phase().raw().strip()), p.phase().total(), p.phase().name());
        }
        if (r == null || r.phaseNumber() == null || r.phaseNumber().text() == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(r.phaseNumber().text());
        if (r.phaseTotal() != null && r.phaseTotal().text() != null) {
            sb.append(" of ").append(r.phaseTotal().text());
        }
        if (r.phaseName() != null && r.phaseName().text() != null) {
            sb.append(" (").append(r.phaseName().text()).append(')');
        }
        return sb.append(" · from the ").append(r.phaseNumber().source().replace('-', ' ')).toString();
    }

    /** The next plan (counted from the position) and the file's own next action. */
    private void next(StatusReport report, String nextAction) {
        StringBuilder sb = new StringBuilder();
        PlanId plan = report.nextPlan();
        if (plan != null) {
            sb.append("plan ").append(plan);
        } else if (report.phasePlansDone()) {
            sb.append("every plan of the phase is done");
        }
        if (nextAction != null && !nextAction.isBlank()) {
            sb.append(sb.length() > 0 ? " · " : "").append(Markdown.plain(nextAction.strip()));
        }
        if (sb.length() > 0) {
            row("Next", sb.toString());
        }
    }

    /** "2026-03-10 — Completed …" becomes "2026-03-10 (2 days ago) — Completed …". */
    private String withAge(String value) {
        LocalDate date = today == null ? null : DateForms.leadingDate(value);
        if (date == null) {
            return value;
        }
        String iso = date.toString();
        int at = value.indexOf(iso);
        if (at < 0) {
            return value;
        }
        int end = at + iso.length();
        // keep a time written after the date ("2026-03-10 14:05") next to it
        if (end + 6 <= value.length() && value.charAt(end) == ' ' && Character.isDigit(value.charAt(end + 1))
                && value.charAt(end + 3) == ':') {
            end += 6;
        }
        return value.substring(0, end) + " (" + age(date) + ")" + value.substring(end);
    }

    /** The age in words; the time zone is read only when the days today can be give different words. */
    private String age(LocalDate date) {
        String words = RelativeAge.of(date, today.earliest());
        for (LocalDate d = today.earliest().plusDays(1); !d.isAfter(today.latest()); d = d.plusDays(1)) {
            if (!RelativeAge.of(date, d).equals(words)) {
                return RelativeAge.of(date, today.exact());
            }
        }
        return words;
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
            row("Velocity", sb.toString());
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
            out.println("  - " + clip(Safe.text(text), full ? Integer.MAX_VALUE : width - 4));
        }
    }

    private void items(String label, List<StateModel.Item> items) {
        List<StateModel.Item> open = new java.util.ArrayList<>();
        for (StateModel.Item i : items) {
            if (!i.done()) {
                open.add(i);
            }
        }
        if (open.isEmpty()) {
            row(label, "none");
            return;
        }
        row(label, open.size() + " open:");
        int show = full ? open.size() : Math.min(5, open.size());
        for (int i = 0; i < show; i++) {
            out.println("  - " + clip(Safe.text(Markdown.plain(open.get(i).text())), full ? Integer.MAX_VALUE : width - 4));
        }
        if (show < open.size()) {
            out.println("  … " + (open.size() - show) + " more (--full)");
        }
    }

    /** When the last session was, where it stopped, and the file to resume from (left out when the file says none). */
    private void session(StateModel.Session s) {
        StringBuilder sb = new StringBuilder();
        if (s.lastSession() != null) {
            sb.append(withAge(Markdown.plain(s.lastSession().text())));
        }
        if (s.stoppedAt() != null) {
            sb.append(sb.length() > 0 ? " · " : "").append("stopped at ").append(Markdown.plain(s.stoppedAt().text()));
        }
        if (sb.length() > 0) {
            row("Session", sb.toString());
        }
        if (s.resumeFile() != null && !PlaceholderText.saysNone(s.resumeFile().text())) {
            row("Resume", Markdown.plain(s.resumeFile().text()));
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

    /** One labelled line, the value cut to the line width unless --full; every value shown comes from the file: it goes through {@link Safe} here, before any styling. */
    private void row(String label, String value) {
        row(label, value, full ? Integer.MAX_VALUE : width - LABEL);
    }

    private void row(String label, String value, int max) {
        out.println(style.dim(padded(label)) + clip(Safe.text(value), max));
    }

    /** The label padded to the label column; without {@code String.format}, which loads the formatter on every status. */
    private static String padded(String label) {
        return label.length() >= LABEL ? label : label + " ".repeat(LABEL - label.length());
    }

    static String trim(Double d) {
        return dev.atomstate.model.Decimals.plain(d);
    }

    /** At most {@code max} code points, with an ellipsis when cut. */
    static String clip(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, max - 1))).stripTrailing() + "…";
    }
}
