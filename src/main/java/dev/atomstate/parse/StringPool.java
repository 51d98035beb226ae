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

    private final HashMap<Object, Object> pool = new HashMap<>();

    /** {@code s}, or an equal string given before; null stays null. */
    String of(String s) {
        return s == null || s.length() > MAX_LENGTH ? s : kept(s);
    }

    /** The same for a boxed number of minutes (the JDK keeps no Double). */
    Double of(Double d) {
        return d == null ? null : kept(d);
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(T value) {
        Object kept = pool.get(value);
        if (kept != null) {
            return (T) kept; // equal, so of value's class: a String equals only a String, a Double only a Double
        }
        if (pool.size() < MAX_SIZE) {
            pool.put(value, value);
        }
        return value;
    }
}
