package dev.atomstate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Big state files for the benchmarks (JMH and .ci/bench): a real-looking STATE.md grown to a target size with
 * unique decisions, metrics rows and Previous entries, each inserted after the last one of its kind, so the
 * file keeps its dialect and every line is different (a runaway STATE.md, GSD's issue #692). The base is our
 * long-running sample by default, or any file given (seed 001 from ../shared, when the benchmark is run there).
 *
 * <p>{@code java -cp target/test-classes dev.atomstate.bench.BigStateFiles BASE OUT_DIR 1 4 16 64} writes
 * {@code OUT_DIR/state-1mb.md} … for each size in MB.
 */
public final class BigStateFiles {
    private BigStateFiles() {
    }

    private static final Pattern DECISION = Pattern.compile("^- \\[Phase [^\\]]+\\]:.*");
    private static final Pattern METRIC = Pattern.compile("^\\| Phase \\d+(?:\\.\\d+)? P\\d+ \\|.*");
    private static final Pattern PREVIOUS = Pattern.compile("^Previous: .*");

    public static void main(String[] args) throws IOException {
        Path base = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        for (int i = 2; i < args.length; i++) {
            int mb = Integer.parseInt(args[i]);
            Path file = out.resolve("state-" + mb + "mb.md");
            Files.writeString(file, grow(Files.readString(base, StandardCharsets.UTF_8), mb * 1024L * 1024L), StandardCharsets.UTF_8);
            System.out.println(file + " " + Files.size(file) + " bytes");
        }
    }

    /** {@code text} grown to at least {@code bytes} UTF-8 bytes. */
    public static String grow(String text, long bytes) {
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        int decisions = last(lines, DECISION);
        int metrics = last(lines, METRIC);
        int previous = last(lines, PREVIOUS);
        if (decisions < 0 && metrics < 0 && previous < 0) {
            throw new IllegalArgumentException("the base file has no decision, metrics row or Previous line to grow from");
        }
        List<String> newDecisions = new ArrayList<>();
        List<String> newMetrics = new ArrayList<>();
        List<String> newPrevious = new ArrayList<>();
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        for (int n = 1; size < bytes; n++) {
            int phase = 100 + n / 10;
            int plan = 1 + n % 10;
            if (decisions >= 0) {
                String d = "- [Phase " + phase + "]: Decision " + n + " keeps segment " + (n * 7919 % 100_003)
                        + " in cold storage for " + (n % 90 + 1) + " days so replays stay cheap";
                newDecisions.add(d);
                size += d.length() + eol.length();
            }
            if (metrics >= 0) {
                String m = "| Phase " + phase + " P" + String.format("%02d", plan) + " | " + (n % 50 + 3) + "min | "
                        + (n % 6 + 1) + " tasks | " + (n % 20 + 1) + " files |";
                newMetrics.add(m);
                size += m.length() + eol.length();
            }
            if (previous >= 0) {
                String p = "Previous: Phase " + phase + "-" + String.format("%02d", plan) + " COMPLETE - Generated plan " + n
                        + " (2 tasks, 3 files, " + (n % 40 + 2) + " minutes). 1 atomic commit (" + Integer.toHexString(n * 2654435) + ").";
                newPrevious.add(p);
                newPrevious.add("");
                size += p.length() + 2L * eol.length();
            }
        }
        // insert from the bottom up so the earlier indexes stay right
        int[] at = {decisions, metrics, previous};
        List<List<String>> what = List.of(newDecisions, newMetrics, newPrevious);
        for (int round = 0; round < 3; round++) {
            int pick = -1;
            for (int k = 0; k < 3; k++) {
                if (at[k] >= 0 && (pick < 0 || at[k] > at[pick])) {
                    pick = k;
                }
            }
            if (pick < 0) {
                break;
            }
            List<String> insert = what.get(pick);
            if (pick == 2) {
                // Previous entries are separated by a blank line: insert after the blank that follows the last one
                List<String> withBlankFirst = new ArrayList<>();
                withBlankFirst.add("");
                withBlankFirst.addAll(insert.subList(0, Math.max(0, insert.size() - 1)));
                insert = withBlankFirst;
            }
            lines.addAll(at[pick] + 1, insert);
            at[pick] = -1;
        }
        return String.join(eol, lines);
    }

    private static int last(List<String> lines, Pattern p) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).matches()) {
                found = i;
            }
        }
        return found;
    }
}
