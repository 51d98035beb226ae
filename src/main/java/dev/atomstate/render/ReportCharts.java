package dev.atomstate.render;

import dev.atomstate.app.ReportData;
import dev.atomstate.app.VelocityReport.Minutes;

import java.util.List;

import static dev.atomstate.render.Markup.esc;
import static dev.atomstate.render.Markup.num;

/**
 * The report's charts as inline SVG: a burn-up per milestone, the duration of each plan, the phases on a line of
 * working time. Colours come from CSS classes (see {@link #CSS}), so one drawing follows light, dark and print.
 * Every chart carries its scale as data attributes, so a test can read back where a point was drawn.
 */
public final class ReportCharts {
    private ReportCharts() {
    }

    static final int W = 640;
    static final int LEFT = 48;
    static final int RIGHT = 16;
    static final int TOP = 18;
    static final int BOTTOM = 40;

    /** How a chart sits in the HTML page (the standalone SVG places them itself). */
    static final String LAYOUT = """
            svg.chart { display: block; width: 100%; height: auto; max-width: 820px; }
            """;

    /** Chart styles, shared by the HTML page and the standalone SVG. */
    static final String CSS = """
            svg.chart { font: 11px system-ui, sans-serif; }
            svg.chart text { fill: var(--muted); }
            svg.chart .title { fill: var(--fg); font-weight: 600; font-size: 12px; }
            svg.chart .axis { stroke: var(--grid); stroke-width: 1; }
            svg.chart .grid { stroke: var(--grid); stroke-width: 0.5; stroke-dasharray: 2 3; }
            svg.chart .scope { stroke: var(--scope); stroke-width: 1.5; stroke-dasharray: 6 4; fill: none; }
            svg.chart .line { stroke: var(--accent); stroke-width: 2.5; fill: none; }
            svg.chart .line.unknown { stroke-dasharray: 4 4; }
            svg.chart .point { fill: var(--accent); }
            svg.chart .last { fill: var(--done); stroke: var(--bg); stroke-width: 2; }
            svg.chart .bar { fill: var(--accent); }
            svg.chart .bar.outlier { fill: var(--warn); }
            svg.chart .bar.excluded { fill: var(--bad); opacity: 0.35; }
            svg.chart .mark { fill: var(--bad); font-weight: 700; }
            svg.chart .median { stroke: var(--done); stroke-width: 1.5; stroke-dasharray: 5 3; }
            svg.chart .span { fill: var(--accent); opacity: 0.75; }
            svg.chart .span.current { fill: var(--done); opacity: 1; }
            svg.chart .now { stroke: var(--done); stroke-width: 2; }
            """;

    /** Colours for a standalone SVG (the HTML page defines the same variables). */
    static final String VARIABLES = """
            :root, svg { --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --grid: #d1d9e0; --accent: #0969da; --done: #1a7f37;
                         --warn: #9a6700; --bad: #cf222e; --scope: #818b98; }
            @media (prefers-color-scheme: dark) {
              :root, svg { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --grid: #3d444d; --accent: #4493f8; --done: #3fb950;
                           --warn: #d29922; --bad: #f85149; --scope: #9198a1; }
            }
            """;

    static String burnup(ReportData.Burnup b, String id) {
        int h = 240;
        int bottom = h - BOTTOM;
        int done = b.done() == null ? 0 : b.done();
        int ymax = Math.max(1, Math.max(done, b.total() == null ? 0 : b.total()));
        List<ReportData.Point> pts = b.points();
        int n = Math.max(2, pts.size());
        double plotW = W - LEFT - RIGHT;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart burnup\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(W).append(' ').append(h)
                .append("\" role=\"img\" data-chart=\"burnup\" data-milestone=\"").append(esc(b.label())).append("\" data-done=\"")
                .append(done).append("\" data-total=\"").append(b.total() == null ? "" : b.total()).append("\" data-ymax=\"").append(ymax)
                .append("\" data-plot-top=\"").append(TOP).append("\" data-plot-bottom=\"").append(bottom).append("\">");
        sb.append("<title>Burn-up of ").append(esc(b.label())).append(": ").append(done).append(b.total() == null ? "" : " of " + b.total())
                .append(" plans done</title>");
        sb.append(text(LEFT, 12, "title", "Burn-up " + b.label() + ": " + done + (b.total() == null ? " plans done" : " of " + b.total() + " plans")));
        yAxis(sb, ymax, bottom, "plans", true);
        if (b.total() != null) {
            double y = y(b.total(), ymax, bottom);
            sb.append("<line class=\"scope\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\"/>");
            sb.append(text(W - RIGHT - 4, y - 4, "end", "scope " + b.total()));
        }
        StringBuilder path = new StringBuilder();
        double lastX = LEFT;
        double lastY = bottom;
        double span = pts.isEmpty() ? 1 : Math.max(1e-9, pts.get(pts.size() - 1).at());
        for (int i = 0; i < pts.size(); i++) {
            double x = LEFT + plotW * pts.get(i).at() / span;
            double y = y(pts.get(i).done(), ymax, bottom);
            path.append(i == 0 ? "M" : " L").append(num(x)).append(' ').append(num(y));
            if (i > 0 && pts.get(i).plan() != null) {
                sb.append("<circle class=\"point\" r=\"2\" cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\"><title>")
                        .append(esc(label(pts.get(i)))).append(": ").append(pts.get(i).done()).append(" done</title></circle>");
            }
            lastX = x;
            lastY = y;
        }
        boolean itemised = pts.stream().anyMatch(p -> p.plan() != null);
        sb.append("<path class=\"line").append(itemised ? "" : " unknown").append("\" d=\"").append(path).append("\"/>");
        sb.append("<circle class=\"last\" r=\"5\" cx=\"").append(num(lastX)).append("\" cy=\"").append(num(lastY))
                .append("\" data-done=\"").append(done).append("\"><title>").append(done).append(" done</title></circle>");
        String first = label(pts.size() > 1 ? pts.get(1) : null);
        String last = label(pts.isEmpty() ? null : pts.get(pts.size() - 1));
        sb.append(text(LEFT, bottom + 16, "start", itemised ? first : "start"));
        sb.append(text(W - RIGHT, bottom + 16, "end", itemised ? last : "now"));
        String note = itemised ? (b.notItemised() > 0 ? b.notItemised() + " done before the first one recorded; " : "")
                + "x: " + Minutes.format(span) + " of recorded work, plans in plan order" : "the file does not itemise these plans";
        sb.append(text(LEFT + plotW / 2, bottom + 32, "middle", note));
        return sb.append("</svg>").toString();
    }

    private static String label(ReportData.Point p) {
        if (p == null || p.plan() == null) {
            return "";
        }
        return p.plan() + (p.date() == null ? "" : " · " + p.date());
    }

    static String durations(List<ReportData.Bar> bars, Double fence, Double median) {
        int h = 240;
        int bottom = h - BOTTOM;
        double ymax = 1;
        for (ReportData.Bar b : bars) {
            if (!b.kind().equals("excluded") && b.minutes() != null) {
                ymax = Math.max(ymax, b.minutes());
            }
        }
        ymax = niceCeiling(ymax);
        double plotW = W - LEFT - RIGHT;
        double slot = bars.isEmpty() ? plotW : plotW / bars.size();
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart durations\" id=\"durations\" viewBox=\"0 0 ").append(W).append(' ').append(h)
                .append("\" role=\"img\" data-chart=\"durations\" data-ymax=\"").append(num(ymax)).append("\" data-bars=\"").append(bars.size())
                .append("\">");
        long outliers = bars.stream().filter(b -> b.kind().equals("outlier")).count();
        long excluded = bars.stream().filter(b -> b.kind().equals("excluded")).count();
        sb.append("<title>Duration per plan: ").append(bars.size()).append(" plans, ").append(outliers).append(" outliers, ")
                .append(excluded).append(" implausible</title>");
        sb.append(text(LEFT, 12, "title", "Duration per plan (minutes): " + outliers + " outliers, " + excluded + " left out as implausible"));
        yAxis(sb, ymax, bottom, "min", false);
        for (int i = 0; i < bars.size(); i++) {
            ReportData.Bar b = bars.get(i);
            double x = LEFT + slot * i + Math.min(1, slot * 0.15);
            double w = Math.max(1, slot - 2 * Math.min(1, slot * 0.15));
            boolean excl = b.kind().equals("excluded");
            double v = excl ? ymax : b.minutes();
            double top = y(v, ymax, bottom);
            sb.append("<rect class=\"bar ").append(b.kind()).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(top))
                    .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(bottom - top)).append("\" data-plan=\"")
                    .append(esc(b.plan())).append("\"><title>").append(esc(b.plan())).append(": ").append(esc(b.duration()))
                    .append(b.minutes() == null || excl ? "" : " (" + esc(Minutes.format(b.minutes())) + ")")
                    .append(b.reason() == null ? "" : " — " + esc(b.reason())).append("</title></rect>");
            if (excl) {
                sb.append(text(x + w / 2, TOP + 10, "middle mark", "×"));
            }
        }
        if (median != null) {
            double y = y(median, ymax, bottom);
            sb.append("<line class=\"median\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\"><title>median ").append(esc(Minutes.format(median))).append("</title></line>");
        }
        String first = bars.isEmpty() ? "" : bars.get(0).plan();
        String last = bars.isEmpty() ? "" : bars.get(bars.size() - 1).plan();
        sb.append(text(LEFT, bottom + 16, "start", first));
        sb.append(text(W - RIGHT, bottom + 16, "end", last));
        sb.append(text(LEFT + plotW / 2, bottom + 32, "middle", "dashed: median"
                + (fence == null ? "" : "; outliers above " + Minutes.format(fence)) + "; × implausible (not drawn to scale)"));
        return sb.append("</svg>").toString();
    }

    static String timeline(List<ReportData.Span> spans) {
        int row = 18;
        int h = TOP + 18 + Math.max(1, spans.size()) * row + 30;
        double total = spans.isEmpty() ? 1 : Math.max(1, spans.get(spans.size() - 1).end());
        double plotW = W - LEFT - RIGHT - 170;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart timeline\" id=\"timeline\" viewBox=\"0 0 ").append(W).append(' ').append(h)
                .append("\" role=\"img\" data-chart=\"timeline\" data-phases=\"").append(spans.size()).append("\">");
        sb.append("<title>Phase timeline: ").append(spans.size()).append(" phases over ").append(esc(Minutes.format(total)))
                .append(" of recorded work</title>");
        sb.append(text(LEFT, 12, "title", "Phases over recorded working time (" + Minutes.format(total) + ")"));
        int y0 = TOP + 14;
        for (int i = 0; i < spans.size(); i++) {
            ReportData.Span s = spans.get(i);
            double y = y0 + i * row;
            double x = LEFT + plotW * s.start() / total;
            double w = Math.max(2, plotW * (s.end() - s.start()) / total);
            sb.append(text(LEFT - 6, y + 11, "end", s.phase()));
            sb.append("<rect class=\"span").append(s.current() ? " current" : "").append("\" x=\"").append(num(x)).append("\" y=\"")
                    .append(num(y + 2)).append("\" width=\"").append(num(w)).append("\" height=\"").append(row - 5).append("\"><title>Phase ")
                    .append(esc(s.phase())).append(": ").append(s.plans()).append(" plans, ").append(esc(Minutes.format(s.end() - s.start())))
                    .append(s.current() ? " (current)" : "").append("</title></rect>");
            String when = s.firstDate() == null ? "" : s.firstDate().equals(s.lastDate()) ? s.firstDate()
                    : s.firstDate() + "–" + (s.lastDate().startsWith(s.firstDate().substring(0, 5)) ? s.lastDate().substring(5) : s.lastDate());
            String info = s.plans() + (s.plans() == 1 ? " plan" : " plans") + (when.isEmpty() ? "" : " · " + when) + (s.current() ? " · current" : "");
            sb.append(text(LEFT + plotW + 8, y + 11, "start", info));
        }
        double axisY = y0 + spans.size() * row + 4;
        sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(num(LEFT + plotW)).append("\" y1=\"")
                .append(num(axisY)).append("\" y2=\"").append(num(axisY)).append("\"/>");
        sb.append(text(LEFT, axisY + 14, "start", "0"));
        sb.append(text(LEFT + plotW, axisY + 14, "end", Minutes.format(total)));
        return sb.append("</svg>").toString();
    }

    /** {@code whole}: a count, labelled in whole numbers (the middle tick of 203 is 102, not 101.5). */
    private static void yAxis(StringBuilder sb, double ymax, int bottom, String unit, boolean whole) {
        sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(bottom).append("\"/>");
        sb.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(bottom)
                .append("\" y2=\"").append(bottom).append("\"/>");
        for (double f : new double[] {0.5, 1}) {
            double y = y(ymax * f, ymax, bottom);
            sb.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(num(y))
                    .append("\" y2=\"").append(num(y)).append("\"/>");
            sb.append(text(LEFT - 6, y + 4, "end", whole ? Long.toString(Math.round(ymax * f)) : num(ymax * f)));
        }
        sb.append(text(LEFT - 6, bottom + 4, "end", "0"));
        sb.append(text(LEFT - 6, TOP - 6, "end", unit));
    }

    private static double y(double v, double ymax, int bottom) {
        return bottom - (bottom - TOP) * v / ymax;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code v}: round numbers for the top of an axis. */
    static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(Math.max(v, 1))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** {@code cls}: "start", "middle" or "end" (the anchor), optionally followed by a class. */
    private static String text(double x, double y, String cls, String content) {
        String[] parts = cls.split(" ", 2);
        String anchor = parts[0].equals("title") ? "start" : parts[0];
        String klass = parts[0].equals("title") ? "title" : parts.length > 1 ? parts[1] : null;
        return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor + "\"" + (klass == null ? "" : " class=\"" + klass + "\"")
                + ">" + esc(content) + "</text>";
    }
}
