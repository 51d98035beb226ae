package dev.atomstate.render;

import dev.atomstate.app.VelocityReport;
import dev.atomstate.app.VelocityReport.Minutes;

import java.util.List;

/** The text of {@code velocity}: per phase, the recent pace with a sparkline, what was left out and why, the estimates. */
public final class VelocityText {
    private VelocityText() {
    }

    private static final String BLOCKS = "▁▂▃▄▅▆▇█";

    public static String render(String file, VelocityReport.Result r) {
        StringBuilder sb = new StringBuilder();
        long counted = r.countedPlans();
        sb.append(file).append(": ").append(r.plans().size()).append(r.plans().size() == 1 ? " plan" : " plans").append(" recorded, ")
                .append(counted).append(" counted, ").append(r.plans().size() - counted).append(" left out\n");
        if (r.plans().isEmpty()) {
            sb.append("no per-plan metrics rows; complete-plan --duration or metric ID --duration D records them\n");
            return sb.toString();
        }
        List<String[]> rows = new java.util.ArrayList<>();
        rows.add(new String[] {"phase", "plans", "median", "p25–p75", "min–max", "total"});
        for (VelocityReport.PhaseStats p : r.phases()) {
            rows.add(new String[] {Safe.text(p.phase()), p.counted() == p.plans() ? Integer.toString(p.plans()) : p.counted() + "/" + p.plans(),
                    Minutes.format(p.median()), Minutes.range(p.p25(), p.p75()), Minutes.range(p.min(), p.max()),
                    p.counted() == 0 ? "—" : Minutes.format(p.total())});
        }
        table(sb, rows);
        VelocityReport.Pace pace = r.pace();
        if (!pace.plans().isEmpty()) {
            sb.append("last ").append(pace.plans().size()).append(pace.plans().size() == 1 ? " plan  " : " plans  ")
                    .append(sparkline(pace.plans().stream().map(VelocityReport.Plan::minutes).toList()))
                    .append("  median ").append(Minutes.format(pace.median())).append(" (").append(Minutes.range(pace.p25(), pace.p75()))
                    .append(")");
            if (!pace.trend().equals("unknown")) {
                sb.append("; trend: ").append(pace.trend()).append(" (earlier half ").append(Minutes.format(pace.earlierMedian()))
                        .append(", later half ").append(Minutes.format(pace.laterMedian())).append(")");
            }
            sb.append('\n');
        }
        List<VelocityReport.Plan> out = r.plans().stream().filter(p -> !p.counted()).toList();
        if (!out.isEmpty()) {
            sb.append("left out:\n");
            int w = out.stream().mapToInt(p -> Safe.text(p.duration()).length()).max().orElse(0);
            for (VelocityReport.Plan p : out) {
                String at = p.file().equals(file) ? "line " + p.line() : p.file() + ":" + p.line();
                sb.append(String.format("  %-8s %-" + Math.max(1, w) + "s  %s (%s)%n", Safe.text(p.plan()), Safe.text(p.duration()),
                        Safe.text(p.excluded()), Safe.text(at)));
            }
        }
        sb.append("estimate from ").append(r.paceBasis()).append('\n');
        for (VelocityReport.Estimate e : r.estimates()) {
            String label = e.scope() + (e.name() == null ? "" : " " + Safe.text(e.name()));
            if (e.plansLeft() == null) {
                sb.append(String.format("  %-16s %s%n", label, e.basis()));
                continue;
            }
            String time = e.plansLeft() == 0 ? "nothing left" : Minutes.format(e.mid()) + " (" + Minutes.range(e.low(), e.high()) + ")";
            sb.append(String.format("  %-16s %d %s left → %s; %s%n", label, e.plansLeft(), e.plansLeft() == 1 ? "plan" : "plans",
                    time, e.basis()));
        }
        return sb.toString();
    }

    /** Columns as wide as their widest cell; the plan counts right-aligned. */
    private static void table(StringBuilder sb, List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                String pad = " ".repeat(w[i] - r[i].codePointCount(0, r[i].length()));
                line.append(i == 1 ? pad + r[i] : r[i] + pad).append(i + 1 < r.length ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    /** One block per value, scaled between the smallest and the largest. */
    public static String sparkline(List<Double> values) {
        if (values.isEmpty()) {
            return "";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            int i = max == min ? 3 : (int) Math.round((v - min) / (max - min) * (BLOCKS.length() - 1));
            sb.append(BLOCKS.charAt(i));
        }
        return sb.toString();
    }
}
