package dev.atomstate.render;

import dev.atomstate.app.ReportData;
import dev.atomstate.app.VelocityReport;
import dev.atomstate.app.VelocityReport.Minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.atomstate.render.Markup.esc;

/**
 * {@code report}: one self-contained HTML page — no script, no external style sheet, font or image, and a content
 * security policy that forbids loading anything, so it works from {@code file://} and offline — or, with
 * {@code --format svg}, the charts alone in one SVG document a README or a pull-request comment can embed.
 */
public final class ReportHtml {
    private ReportHtml() {
    }

    /** Longer position values (a status of 3,000 characters) are cut here; the whole text is in the tooltip. */
    static final int CLIP = 320;

    /** The chart ids in the order the page and the SVG show them. */
    public static List<String> chartIds(ReportData.Result r) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < r.burnups().size(); i++) {
            ids.add("burnup-" + (i + 1));
        }
        ids.add("durations");
        ids.add("timeline");
        return ids;
    }

    private static final String PAGE_CSS = """
            :root { color-scheme: light dark; --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --grid: #d1d9e0; --accent: #0969da;
                    --done: #1a7f37; --warn: #9a6700; --bad: #cf222e; --scope: #818b98; --card: #f6f8fa; }
            @media (prefers-color-scheme: dark) {
              :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --grid: #3d444d; --accent: #4493f8; --done: #3fb950;
                      --warn: #d29922; --bad: #f85149; --scope: #9198a1; --card: #151b23; }
            }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 880px; padding: 24px; background: var(--bg); color: var(--fg);
                   font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
            h1 { font-size: 22px; margin: 0 0 4px; }
            h2 { font-size: 16px; margin: 28px 0 8px; border-bottom: 1px solid var(--grid); padding-bottom: 4px; }
            .meta, .note { color: var(--muted); font-size: 12px; }
            dl.position { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 12px 0; }
            dl.position dt { color: var(--muted); }
            dl.position dd { margin: 0; overflow-wrap: anywhere; }
            ul.progress { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 8px; }
            ul.progress li { background: var(--card); border: 1px solid var(--grid); border-radius: 6px; padding: 6px 10px; }
            ul.progress .done, ul.progress .total { font-weight: 600; }
            section.chart-card { background: var(--card); border: 1px solid var(--grid); border-radius: 8px; padding: 8px; margin: 10px 0; }
            ul.items { padding-left: 20px; }
            ul.items li { margin: 4px 0; overflow-wrap: anywhere; }
            ul.items .label { color: var(--muted); font-size: 12px; }
            table.estimates { border-collapse: collapse; }
            table.estimates td, table.estimates th { text-align: left; padding: 2px 12px 2px 0; vertical-align: top; }
            @media print {
              :root { --bg: #ffffff; --fg: #000000; --muted: #444444; --grid: #bbbbbb; --card: #ffffff; --accent: #1f4e9e;
                      --done: #1a6b2f; --warn: #8a5a00; --bad: #b3261e; --scope: #666666; color-scheme: light; }
              body { max-width: none; padding: 0; font-size: 11pt; }
              section.chart-card, ul.progress li { break-inside: avoid; }
              h2 { break-after: avoid; }
            }
            """;

    public static String html(ReportData.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"color-scheme\" content=\"light dark\">\n")
                .append("<title>").append(esc(r.title())).append(" — atomstate report</title>\n<style>\n").append(PAGE_CSS)
                .append(ReportCharts.LAYOUT).append(ReportCharts.CSS).append("</style>\n</head>\n<body>\n");
        sb.append("<header>\n<h1>").append(esc(r.title())).append("</h1>\n<p class=\"meta\">").append(esc(r.file()))
                .append(" · generated ").append(esc(r.generated())).append(" by atomstate report</p>\n");
        sb.append("<dl class=\"position\">\n");
        for (Map.Entry<String, String> e : r.position().entrySet()) {
            if (e.getValue() != null) {
                String v = e.getValue();
                boolean clipped = v.codePointCount(0, v.length()) > CLIP;
                String shown = clipped ? v.substring(0, v.offsetByCodePoints(0, CLIP)).stripTrailing() + " …" : v;
                sb.append("<dt>").append(esc(e.getKey())).append("</dt><dd").append(clipped ? " title=\"" + esc(v) + "\"" : "")
                        .append(">").append(esc(shown)).append("</dd>\n");
            }
        }
        sb.append("</dl>\n</header>\n");

        sb.append("<h2>Progress</h2>\n<ul class=\"progress\" id=\"progress\">\n");
        for (ReportData.Burnup b : r.burnups()) {
            sb.append("<li data-milestone=\"").append(esc(b.label())).append("\"").append(b.current() ? " class=\"current\"" : "").append(">")
                    .append(esc(b.label())).append(": <span class=\"done\">").append(b.done() == null ? "?" : b.done()).append("</span>");
            if (b.total() != null) {
                sb.append(" of <span class=\"total\">").append(b.total()).append("</span>");
            }
            sb.append(" plans");
            if (b.percent() != null) {
                sb.append(" (").append(trim(b.percent())).append("% stated)");
            }
            sb.append(b.current() ? " · in flight" : "").append("</li>\n");
        }
        sb.append("</ul>\n");
        List<String> ids = chartIds(r);
        for (int i = 0; i < r.burnups().size(); i++) {
            sb.append("<section class=\"chart-card\">").append(ReportCharts.burnup(r.burnups().get(i), ids.get(i))).append("</section>\n");
        }

        VelocityReport.Result v = r.velocity();
        sb.append("<h2>Velocity</h2>\n<p>").append(v.plans().size()).append(" plans recorded, ").append(v.countedPlans())
                .append(" with a plausible duration; ").append(esc(v.paceBasis())).append(".</p>\n");
        sb.append("<section class=\"chart-card\">").append(ReportCharts.durations(r.durations(), r.outlierAbove(), v.pace().median()))
                .append("</section>\n");
        if (!v.estimates().isEmpty()) {
            sb.append("<table class=\"estimates\">\n<tr><th>estimate</th><th>plans left</th><th>time</th><th>based on</th></tr>\n");
            for (VelocityReport.Estimate e : v.estimates()) {
                sb.append("<tr><td>").append(esc(e.scope() + (e.name() == null ? "" : " " + e.name()))).append("</td><td>")
                        .append(e.plansLeft() == null ? "?" : e.plansLeft()).append("</td><td>")
                        .append(e.mid() == null ? "—" : esc(Minutes.format(e.mid()) + " (" + Minutes.range(e.low(), e.high()) + ")"))
                        .append("</td><td>").append(esc(e.basis())).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }

        sb.append("<h2>Phases</h2>\n<section class=\"chart-card\">").append(ReportCharts.timeline(r.timeline())).append("</section>\n");

        sb.append("<h2>Open blockers</h2>\n");
        list(sb, r.blockers(), "blockers", "No open blockers.");
        sb.append("<h2>Recent decisions</h2>\n");
        list(sb, r.decisions(), "decisions", "No decisions recorded.");
        sb.append("<p class=\"note\">Every number comes from ").append(esc(r.file()))
                .append(" as written; durations longer than 8 hours for one plan are left out (check's metric-duration rule).</p>\n");
        return sb.append("</body>\n</html>\n").toString();
    }

    private static void list(StringBuilder sb, List<ReportData.Listed> items, String id, String empty) {
        if (items.isEmpty()) {
            sb.append("<p class=\"note\" id=\"").append(id).append("\">").append(empty).append("</p>\n");
            return;
        }
        sb.append("<ul class=\"items\" id=\"").append(id).append("\">\n");
        for (ReportData.Listed i : items) {
            sb.append("<li>").append(i.label() == null ? "" : "<span class=\"label\">[" + esc(i.label()) + "]</span> ")
                    .append(esc(dev.atomstate.parse.Markdown.plain(i.text()))).append(" <span class=\"label\">line ").append(i.line()).append("</span></li>\n");
        }
        sb.append("</ul>\n");
    }

    /** The charts alone, stacked in one SVG document with its own styles (for a README or a pull request). */
    public static String svg(ReportData.Result r, String only) {
        List<String> charts = new ArrayList<>();
        List<String> ids = chartIds(r);
        for (int i = 0; i < r.burnups().size(); i++) {
            charts.add(ReportCharts.burnup(r.burnups().get(i), ids.get(i)));
        }
        charts.add(ReportCharts.durations(r.durations(), r.outlierAbove(), r.velocity().pace().median()));
        charts.add(ReportCharts.timeline(r.timeline()));
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < charts.size(); i++) {
            String id = ids.get(i);
            if (only == null || id.equals(only) || (only.equals("burnup") && id.startsWith("burnup-"))) {
                chosen.add(charts.get(i));
            }
        }
        int y = 0;
        StringBuilder body = new StringBuilder();
        for (String c : chosen) {
            int h = Integer.parseInt(c.replaceFirst("(?s)^.*?viewBox=\"0 0 \\d+ (\\d+)\".*$", "$1"));
            body.append(c.replaceFirst("^<svg ", "<svg x=\"0\" y=\"" + y + "\" width=\"" + ReportCharts.W + "\" height=\"" + h + "\" "))
                    .append('\n');
            y += h + 8;
        }
        int height = Math.max(0, y - 8);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"report\" viewBox=\"0 0 " + ReportCharts.W + " " + height
                + "\" width=\"" + ReportCharts.W + "\" height=\"" + height + "\">\n<style>\n" + ReportCharts.VARIABLES
                + "svg.report { background: var(--bg); }\n" + ReportCharts.CSS + "</style>\n<title>" + esc(r.title())
                + " — atomstate charts</title>\n<rect class=\"background\" width=\"100%\" height=\"100%\" style=\"fill: var(--bg)\"/>\n"
                + body + "</svg>\n";
    }

    private static String trim(double d) {
        return dev.atomstate.model.Decimals.plain(d);
    }
}
