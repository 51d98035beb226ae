package dev.atomstate.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Whole-process timing for .ci/bench: runs a command (and optionally a second one, in turn: A B A B …, so a
 * drifting machine hits both alike) under GNU time after warm-up runs, and prints min, median and max of wall
 * and CPU seconds and peak RSS, and with a second command the median of the pairwise A/B ratios. Never used by
 * a test: timings are measured, not asserted.
 *
 * <p>{@code WholeProcess LABEL RUNS WARMUP -- A… [--vs B…]}
 */
public final class WholeProcess {
    private WholeProcess() {
    }

    record Run(double wall, double cpu, long rssKb) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        String label = args[0];
        int runs = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        List<String> all = Arrays.asList(args).subList(4, args.length);
        int vs = all.indexOf("--vs");
        List<String> a = vs < 0 ? all : all.subList(0, vs);
        List<String> b = vs < 0 ? null : all.subList(vs + 1, all.size());
        for (int i = 0; i < warmup; i++) {
            time(a);
            if (b != null) {
                time(b);
            }
        }
        List<Run> ra = new ArrayList<>();
        List<Run> rb = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            // in turn, and each side first every other pair: a process that follows another may find caches warm
            if (b != null && i % 2 == 1) {
                rb.add(time(b));
                ra.add(time(a));
            } else {
                ra.add(time(a));
                if (b != null) {
                    rb.add(time(b));
                }
            }
        }
        System.out.println("## " + label + " (" + runs + " runs after " + warmup + " warm-up)");
        print("A", ra);
        if (b != null) {
            print("B", rb);
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            for (int i = 0; i < runs; i++) {
                wall[i] = ra.get(i).wall() / rb.get(i).wall();
                cpu[i] = ra.get(i).cpu() / rb.get(i).cpu();
            }
            System.out.printf(Locale.ROOT, "A/B wall ratio: median %.2f (min %.2f, max %.2f); cpu ratio: median %.2f; ratio of wall medians %.2f%n",
                    median(wall), min(wall), max(wall), median(cpu), median(walls(ra)) / median(walls(rb)));
        }
        System.out.println();
    }

    private static double[] walls(List<Run> runs) {
        double[] w = new double[runs.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = runs.get(i).wall();
        }
        return w;
    }

    private static void print(String name, List<Run> runs) {
        double[] wall = runs.stream().mapToDouble(Run::wall).toArray();
        double[] cpu = runs.stream().mapToDouble(Run::cpu).toArray();
        double[] rss = runs.stream().mapToDouble(r -> r.rssKb() / 1024.0).toArray();
        System.out.printf(Locale.ROOT, "%s wall s  min %.3f  median %.3f  max %.3f%n", name, min(wall), median(wall), max(wall));
        System.out.printf(Locale.ROOT, "%s cpu s   min %.3f  median %.3f  max %.3f%n", name, min(cpu), median(cpu), max(cpu));
        System.out.printf(Locale.ROOT, "%s rss MiB min %.1f  median %.1f  max %.1f%n", name, min(rss), median(rss), max(rss));
    }

    /** One run under /usr/bin/time; its output is thrown away, its exit code only reported when not 0–1. */
    private static Run time(List<String> command) throws IOException, InterruptedException {
        Path report = Files.createTempFile("atomstate-bench", ".time");
        try {
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", report.toString()));
            cmd.addAll(command);
            // wall time from the clock (GNU time's %e is in steps of 10 ms, a tenth of a cold status); starting the
            // process is in it on both sides alike
            long start = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            if (exit > 1) {
                System.err.println("warning: exit " + exit + " from " + String.join(" ", command));
            }
            String[] f = Files.readString(report).strip().split("\\s+");
            String[] last = Arrays.copyOfRange(f, f.length - 4, f.length); // "Command exited with non-zero status" comes first
            return new Run(wall, Double.parseDouble(last[1]) + Double.parseDouble(last[2]), Long.parseLong(last[3]));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElse(Double.NaN);
    }
}
