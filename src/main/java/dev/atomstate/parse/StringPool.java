package dev.atomstate.parse;

import java.util.HashMap;

/**
 * One instance of each short value that repeats from row to row of a big file ("Previous", "37min", a phase number):
 * the model keeps a quarter of a million rows of them, and a copy per row is most of what a big file's parse keeps
 * alive. Bounded, so that a file of only distinct values costs a full pool and no more: past its size a value is kept
 * as it comes.
 */
final class StringPool {
    private static final int MAX_LENGTH = 24;
    private static final int MAX_SIZE = 4096;

    private final HashMap<String, String> pool = new HashMap<>();

    /** {@code s}, or an equal string given before; null stays null. */
    String of(String s) {
        if (s == null || s.length() > MAX_LENGTH) {
            return s;
        }
        String kept = pool.get(s);
        if (kept != null) {
            return kept;
        }
        if (pool.size() < MAX_SIZE) {
            pool.put(s, s);
        }
        return s;
    }

    /** The same for a boxed number of minutes (the JDK keeps no Double). */
    private final HashMap<Double, Double> doubles = new HashMap<>();

    Double of(Double d) {
        if (d == null) {
            return null;
        }
        Double kept = doubles.get(d);
        if (kept != null) {
            return kept;
        }
        if (doubles.size() < MAX_SIZE) {
            doubles.put(d, d);
        }
        return d;
    }
}
