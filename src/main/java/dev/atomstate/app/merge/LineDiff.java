package dev.atomstate.app.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which elements of one sequence survive in another: a longest common subsequence of two lists, as the index each
 * element of the first is matched to in the second (or -1). Lines that are only white space (blank lines) never
 * decide the alignment: the other lines are matched first, and blank lines only within the gaps between them, so
 * blank lines added in one place cannot pull the match of another place out of line. Common leading lines are
 * matched first, and common trailing ones that are not blank, so the quadratic part only covers what changed;
 * past a size bound the changed middle is left unmatched (a conflict is the safe answer there, never a wrong match).
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
        while (suffix < a.size() - prefix && suffix < b.size() - prefix && !weak(a.get(a.size() - 1 - suffix))
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            match[a.size() - 1 - suffix] = b.size() - 1 - suffix;
            suffix++;
        }
        int a0 = prefix;
        int a1 = a.size() - suffix;
        int b0 = prefix;
        int b1 = b.size() - suffix;
        List<Integer> strongA = strong(a, a0, a1);
        List<Integer> strongB = strong(b, b0, b1);
        int[] anchors = new int[strongA.size()];
        Arrays.fill(anchors, -1);
        lcs(strongA.stream().map(a::get).toList(), 0, strongA.size(), strongB.stream().map(b::get).toList(), 0, strongB.size(), anchors);
        int pa = a0 - 1;
        int pb = b0 - 1;
        for (int k = 0; k <= strongA.size(); k++) {
            if (k < strongA.size() && anchors[k] < 0) {
                continue;
            }
            int na = k < strongA.size() ? strongA.get(k) : a1;
            int nb = k < strongA.size() ? strongB.get(anchors[k]) : b1;
            int[] gap = new int[na - pa - 1];
            Arrays.fill(gap, -1);
            lcs(a.subList(pa + 1, na), 0, na - pa - 1, b.subList(pb + 1, nb), 0, nb - pb - 1, gap);
            for (int i = 0; i < gap.length; i++) {
                if (gap[i] >= 0) {
                    match[pa + 1 + i] = pb + 1 + gap[i];
                }
            }
            if (k < strongA.size()) {
                match[na] = nb;
            }
            pa = na;
            pb = nb;
        }
        return match;
    }

    private static boolean weak(Object o) {
        return o instanceof String s && s.isBlank();
    }

    private static <T> List<Integer> strong(List<T> list, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!weak(list.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** A longest common subsequence of {@code a[a0, a1)} and {@code b[b0, b1)} into {@code match} (indices from a0/b0). */
    private static <T> void lcs(List<T> a, int a0, int a1, List<T> b, int b0, int b1, int[] match) {
        int n = a1 - a0;
        int m = b1 - b0;
        if (n == 0 || m == 0 || (long) n * m > MAX_CELLS) {
            return;
        }
        int[][] table = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                table[i][j] = a.get(a0 + i).equals(b.get(b0 + j)) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(a0 + i).equals(b.get(b0 + j))) {
                match[i] = j;
                i++;
                j++;
            } else if (table[i + 1][j] >= table[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
    }
}
