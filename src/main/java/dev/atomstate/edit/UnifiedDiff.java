package dev.atomstate.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines (what --dry-run prints). Line terminators are compared as part of
 * the line, so a changed line ending shows up; "\ No newline at end of file" is printed like diff does.
 */
public final class UnifiedDiff {
    private UnifiedDiff() {
    }

    private static final int CONTEXT = 3;

    public static String diff(String oldName, String newName, String a, String b) {
        if (a.equals(b)) {
            return "";
        }
        List<String> x = lines(a);
        List<String> y = lines(b);
        int prefix = 0;
        while (prefix < x.size() && prefix < y.size() && x.get(prefix).equals(y.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < x.size() - prefix && suffix < y.size() - prefix
                && x.get(x.size() - 1 - suffix).equals(y.get(y.size() - 1 - suffix))) {
            suffix++;
        }
        List<int[]> ops = new ArrayList<>(); // {type(0 same,1 del,2 add), indexA, indexB}
        for (int i = 0; i < prefix; i++) {
            ops.add(new int[] {0, i, i});
        }
        middle(x, y, prefix, x.size() - suffix, prefix, y.size() - suffix, ops);
        for (int k = 0; k < suffix; k++) {
            ops.add(new int[] {0, x.size() - suffix + k, y.size() - suffix + k});
        }
        return render(oldName, newName, x, y, ops);
    }

    /** LCS over the changed middle; its size is bounded by what the edits touched plus the lines between. */
    private static void middle(List<String> x, List<String> y, int a0, int a1, int b0, int b1, List<int[]> ops) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) n * m > 25_000_000L) {
            for (int i = a0; i < a1; i++) {
                ops.add(new int[] {1, i, -1});
            }
            for (int j = b0; j < b1; j++) {
                ops.add(new int[] {2, -1, j});
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x.get(a0 + i).equals(y.get(b0 + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x.get(a0 + i).equals(y.get(b0 + j))) {
                ops.add(new int[] {0, a0 + i, b0 + j});
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new int[] {1, a0 + i, -1});
                i++;
            } else {
                ops.add(new int[] {2, -1, b0 + j});
                j++;
            }
        }
    }

    private static String render(String oldName, String newName, List<String> x, List<String> y, List<int[]> ops) {
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k)[0] == 0) {
                k++;
                continue;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            // extend the hunk while changes are closer than 2*CONTEXT lines
            int lastChange = k;
            while (end < ops.size()) {
                if (ops.get(end)[0] != 0) {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int aStart = -1;
            int bStart = -1;
            int aCount = 0;
            int bCount = 0;
            StringBuilder body = new StringBuilder();
            for (int o = start; o < end; o++) {
                int[] op = ops.get(o);
                if (op[0] != 2) {
                    if (aStart < 0) {
                        aStart = op[1];
                    }
                    aCount++;
                }
                if (op[0] != 1) {
                    if (bStart < 0) {
                        bStart = op[2];
                    }
                    bCount++;
                }
                String line = op[0] == 2 ? y.get(op[2]) : x.get(op[1]);
                body.append(op[0] == 0 ? ' ' : op[0] == 1 ? '-' : '+');
                appendLine(body, line);
            }
            if (aStart < 0) {
                aStart = indexBefore(ops, start, 1);
            }
            if (bStart < 0) {
                bStart = indexBefore(ops, start, 2);
            }
            out.append("@@ -").append(range(aStart, aCount)).append(" +").append(range(bStart, bCount)).append(" @@\n");
            out.append(body);
            k = end;
        }
        return out.toString();
    }

    private static int indexBefore(List<int[]> ops, int start, int side) {
        for (int o = start - 1; o >= 0; o--) {
            int v = ops.get(o)[side];
            if (v >= 0) {
                return v + 1;
            }
        }
        return 0;
    }

    private static String range(int start, int count) {
        if (count == 0) {
            return start + ",0";
        }
        return count == 1 ? Integer.toString(start + 1) : (start + 1) + "," + count;
    }

    private static void appendLine(StringBuilder body, String line) {
        if (line.endsWith("\r\n")) {
            body.append(line, 0, line.length() - 2).append("\r\n");
        } else if (line.endsWith("\n") || line.endsWith("\r")) { // a lone CR ends a line of a CR-only file (old Mac)
            body.append(line);
        } else {
            body.append(line).append("\n\\ No newline at end of file\n");
        }
    }

    /** The lines with their terminators: LF, CRLF, or a lone CR (as the Document reads them). */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == n || s.charAt(i + 1) != '\n')) {
                out.add(s.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < n) {
            out.add(s.substring(start));
        }
        return out;
    }
}
