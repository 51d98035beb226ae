package dev.atomstate.app.merge;

import dev.atomstate.app.merge.Anatomy.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The one order of a merged list, the same whichever side is ours: the base items in their order, and between
 * them the items the two sides added, interleaved by date, then plan, then text, each side's own order kept.
 */
final class MergedOrder {
    private MergedOrder() {
    }

    /** A unit with the key it has in its list (repeats suffixed). */
    private record Keyed(String key, Unit unit) {
    }

    /**
     * The merged order of all keys: the base items in their order, with the items the two sides added between
     * them, interleaved. A new item belongs before the next base item the side kept after it (so items appended at
     * the end stay at the end even where one side removed the last base item); in a newest-first list, after the
     * last base item the side kept before it (so items put at the top stay at the top). The two sides' runs are put
     * in a canonical order first, so the result is the same whichever side is ours; items both sides added in the
     * same order are the points the interleaving follows.
     */
    static List<String> of(Map<String, Unit> uo, Map<String, Unit> ua, Map<String, Unit> ut, boolean newestFirst) {
        List<String> baseOrder = new ArrayList<>(uo.keySet());
        Map<Integer, List<Keyed>> runsA = runs(ua, uo, baseOrder, newestFirst);
        Map<Integer, List<Keyed>> runsT = runs(ut, uo, baseOrder, newestFirst);
        Comparator<Keyed> cmp = comparator(newestFirst);
        List<String> out = new ArrayList<>();
        for (int g = 0; g <= baseOrder.size(); g++) {
            for (Keyed u : mergeRuns(runsA.getOrDefault(g, List.of()), runsT.getOrDefault(g, List.of()), cmp)) {
                out.add(u.key());
            }
            if (g < baseOrder.size()) {
                out.add(baseOrder.get(g));
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(out));
    }

    /** The side's new items, grouped by the gap they go in: gap g is before base item g (g = size: at the end). */
    private static Map<Integer, List<Keyed>> runs(Map<String, Unit> side, Map<String, Unit> uo, List<String> baseOrder,
                                                  boolean newestFirst) {
        Map<Integer, List<Keyed>> runs = new LinkedHashMap<>();
        List<Map.Entry<String, Unit>> entries = new ArrayList<>(side.entrySet());
        if (newestFirst) {
            int gap = 0;
            for (Map.Entry<String, Unit> e : entries) {
                if (uo.containsKey(e.getKey())) {
                    gap = Math.max(gap, baseOrder.indexOf(e.getKey()) + 1);
                } else {
                    runs.computeIfAbsent(gap, g -> new ArrayList<>()).add(new Keyed(e.getKey(), e.getValue()));
                }
            }
            return runs;
        }
        int gap = baseOrder.size();
        for (int i = entries.size() - 1; i >= 0; i--) {
            Map.Entry<String, Unit> e = entries.get(i);
            if (uo.containsKey(e.getKey())) {
                gap = Math.min(gap, baseOrder.indexOf(e.getKey()));
            } else {
                runs.computeIfAbsent(gap, g -> new ArrayList<>()).add(0, new Keyed(e.getKey(), e.getValue()));
            }
        }
        return runs;
    }

    private static List<Keyed> mergeRuns(List<Keyed> p, List<Keyed> q, Comparator<Keyed> cmp) {
        if (compareRuns(p, q) > 0) {
            List<Keyed> t = p;
            p = q;
            q = t;
        }
        int[] m = LineDiff.match(p.stream().map(Keyed::key).toList(), q.stream().map(Keyed::key).toList());
        List<Keyed> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (int pi = 0; pi < p.size(); pi++) {
            if (m[pi] < j) {
                continue;
            }
            interleave(p.subList(i, pi), q.subList(j, m[pi]), cmp, out);
            out.add(p.get(pi));
            i = pi + 1;
            j = m[pi] + 1;
        }
        interleave(p.subList(i, p.size()), q.subList(j, q.size()), cmp, out);
        return out;
    }

    private static int compareRuns(List<Keyed> p, List<Keyed> q) {
        for (int k = 0; k < Math.min(p.size(), q.size()); k++) {
            int c = p.get(k).key().compareTo(q.get(k).key());
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(p.size(), q.size());
    }

    private static void interleave(List<Keyed> x, List<Keyed> y, Comparator<Keyed> cmp, List<Keyed> out) {
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (j >= y.size() || i < x.size() && cmp.compare(x.get(i), y.get(j)) <= 0) {
                out.add(x.get(i++));
            } else {
                out.add(y.get(j++));
            }
        }
    }

    /** By date where both have one, then by plan where both name one (newest first where the list is), then by key. */
    private static Comparator<Keyed> comparator(boolean newestFirst) {
        return (x, y) -> {
            Unit a = x.unit();
            Unit b = y.unit();
            int sign = newestFirst ? -1 : 1;
            if (a.date() != null && b.date() != null && !a.date().equals(b.date())) {
                return sign * a.date().compareTo(b.date());
            }
            if (a.plan() != null && b.plan() != null && a.plan().compareTo(b.plan()) != 0) {
                return sign * a.plan().compareTo(b.plan());
            }
            return x.key().compareTo(y.key());
        };
    }
}
