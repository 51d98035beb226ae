package dev.atomstate.model;

/**
 * Runs of ASCII digits, a regex's {@code \d}, tested by hand: {@code String.matches("\\d+")} compiles its pattern
 * on every call, and these tests run on every row and field of a file.
 */
public final class Digits {
    private Digits() {
    }

    /** Whether {@code s} is one or more of {@code [0-9]}. */
    public static boolean isAll(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return s.length() > 0;
    }

    /** Whether {@code s} is between {@code min} and {@code max} of {@code [0-9]}: {@code \d{min,max}}. */
    public static boolean isAll(CharSequence s, int min, int max) {
        return s.length() >= min && s.length() <= max && isAll(s);
    }

    /** Whether {@code s} holds a {@code [0-9]}. */
    public static boolean hasAny(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
