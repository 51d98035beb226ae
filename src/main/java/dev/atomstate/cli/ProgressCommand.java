package dev.atomstate.cli;

import dev.atomstate.app.ProgressReport;
import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.Totals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Progress per milestone or segment of the progress line: done, total, the percent the file states and "
                + "the computed one, the bar, and where each number came from (state, frontmatter, roadmap, phases). "
                + "--recompute rewrites percent and bar from done/total in the line's own decimals, glyphs and width.",
        footer = {"", "Example:", "  atomstate progress", "  atomstate progress --recompute --dry-run",
                "  atomstate progress --json | jq '.progress[] | {label, percent, computedPercent}'"})
final class ProgressCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--recompute", description = "Rewrite percent and bar from done/total (a bar without counts from its percent).")
    boolean recompute;

    @Override
    public Integer call() {
        if (recompute) {
            return CommandSupport.write(root, "progress-recompute", ProgressReport::recompute);
        }
        Path path = CommandSupport.stateFile(root);
        ParsedState state = CommandSupport.read(root, path);
        Neighbours n = CrossFileJson.neighbours(root, path);
        Totals.Result totals = Totals.of(state, n);
        List<ProgressReport.Segment> segments = ProgressReport.report(state, totals);
        if (root.json) {
            Map<String, Object> doc = Json.document("progress");
            doc.put("file", state.fileName());
            List<Object> list = new ArrayList<>();
            for (ProgressReport.Segment s : segments) {
                list.add(ModelJson.obj("label", s.label(), "done", s.done(), "total", s.total(), "percent", s.percent(),
                        "computedPercent", s.computedPercent(), "barCells", s.barCells(), "barFilled", s.barFilled(),
                        "expectedFilled", s.expectedFilled(), "line", s.line(), "sources", s.sources()));
            }
            doc.put("progress", list);
            CrossFileJson.put(doc, totals, n);
            Json.print(root.ctx.out(), doc);
            return ExitCodes.OK;
        }
        var out = root.ctx.out();
        out.println(state.fileName());
        if (segments.isEmpty()) {
            out.println("  no progress line");
        }
        for (ProgressReport.Segment s : segments) {
            StringBuilder sb = new StringBuilder("  ").append(s.label() == null ? "progress" : s.label()).append(": ");
            sb.append(s.done() == null ? "?" : s.done()).append('/').append(s.total() == null ? "?" : s.total()).append(" plans");
            if (s.percent() != null) {
                sb.append(", states ").append(num(s.percent())).append('%');
            }
            if (s.computedPercent() != null) {
                sb.append(", computed ").append(num(s.computedPercent())).append('%');
            }
            if (s.barCells() != null) {
                sb.append(", bar ").append(s.barFilled()).append('/').append(s.barCells());
                if (s.expectedFilled() != null && !s.expectedFilled().equals(s.barFilled())) {
                    sb.append(" (should be ").append(s.expectedFilled()).append(')');
                }
            }
            sb.append("  [done: ").append(src(s.sources().get("done"))).append(", total: ").append(src(s.sources().get("total"))).append(']');
            out.println(sb);
        }
        line(out, "phases", totals.phases());
        line(out, "plans in phase " + (totals.phase() == null ? "?" : totals.phase()), totals.plansInPhase());
        line(out, "plans done in phase", totals.plansDoneInPhase());
        line(out, "plans in " + (totals.milestone() == null ? "milestone" : totals.milestone()), totals.milestonePlans());
        return ExitCodes.OK;
    }

    private static void line(java.io.PrintWriter out, String what, Totals.Count c) {
        if (c.value() == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("  ").append(what).append(": ").append(c.value()).append(" (").append(c.source());
        for (var e : c.bySource().entrySet()) {
            if (e.getValue() != null && !e.getKey().equals(c.source())) {
                sb.append("; ").append(e.getKey()).append(' ').append(e.getValue());
            }
        }
        out.println(sb.append(')'));
    }

    private static String src(String s) {
        return s == null ? "unknown" : s;
    }

    private static String num(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
