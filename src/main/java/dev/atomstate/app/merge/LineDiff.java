package dev.atomstate.app.merge;

import java.util.Arrays;
import java.util.List;

/**
 * Which elements of one sequence survive in another: a longest common subsequence of two lists, as the index each
 * element of the first is matched to in the second (or -1). Common prefix and suffix are matched first, so the
 * quadratic part only covers what changed; past a size bound the changed middle is left unmatched (a conflict is
 * the safe answer there, never a wrong match).
 */
final class LineDiff {
    private LineDiff() {
    }

    private static final long MAX_CELLS = 16_000_000L;

    /** {@code match[i]} is the index in {@code b} matched to {@code a[i]}, or -1; matched indices increase. */
    static <T> int[] match(List<T> a, List<T> b) {
        int[] match = new int[a.size()];
        Arrays.fill(match, -1);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            match[prefix] = prefix;
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            match[a.size() - 1 - suffix] = b.size() - 1 - suffix;
            suffix++;
        }
        int a0 = prefix;
        int a1 = a.size() - suffix;
        int b0 = prefix;
        int b1 = b.size() - suffix;
        int n = a1 - a0;
        int m = b1 - b0;
        if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
            return match;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(a0 + i).equals(b.get(b0 + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(a0 + i).equals(b.get(b0 + j))) {
                match[a0 + i] = b0 + j;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return match;
    }
}
