package dev.atomstate.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A double as the decimal it is written as (its shortest decimal form, as {@code BigDecimal.valueOf} takes it),
 * plain and rounded, without BigDecimal for the numbers a state file holds. Status and check write and compare
 * percents and counts on every run, and BigDecimal's first use costs a cold run 0.5 ms on JDK 17 and 10 ms on
 * JDK 25 (its class initialisation). Numbers whose shortest form has an exponent (below 0.001, or 10 million and
 * up) still go through BigDecimal. {@code DecimalsTest} holds both methods equal to BigDecimal's.
 */
public final class Decimals {
    private Decimals() {
    }

    /** {@code BigDecimal.valueOf(d).stripTrailingZeros().toPlainString()}: 77.0 → "77", 77.50 → "77.5", 100 → "100". */
    public static String plain(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        String s = Double.toString(d);
        if (s.indexOf('E') >= 0 || Double.isNaN(d) || Double.isInfinite(d)) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return s; // not a whole number and no exponent: Double.toString has no trailing zero then
    }

    /**
     * {@code BigDecimal.valueOf(d).setScale(decimals, mode).toPlainString()} for FLOOR, CEILING and HALF_UP:
     * exactly {@code decimals} digits after the point, none and no point for 0.
     */
    public static String rounded(double d, int decimals, RoundingMode mode) {
        String s = Double.toString(d);
        if (decimals < 0 || s.indexOf('E') >= 0 || Double.isNaN(d) || Double.isInfinite(d)
                || mode != RoundingMode.FLOOR && mode != RoundingMode.CEILING && mode != RoundingMode.HALF_UP) {
            return BigDecimal.valueOf(d).setScale(decimals, mode).toPlainString();
        }
        boolean negative = s.charAt(0) == '-';
        String digits = negative ? s.substring(1) : s;
        int dot = digits.indexOf('.');
        String whole = digits.substring(0, dot);
        String fraction = digits.substring(dot + 1);
        // the kept digits, as a number without the point, and whether anything non-zero was cut off
        StringBuilder kept = new StringBuilder(whole);
        for (int i = 0; i < decimals; i++) {
            kept.append(i < fraction.length() ? fraction.charAt(i) : '0');
        }
        String cut = decimals < fraction.length() ? fraction.substring(decimals) : "";
        boolean inexact = !onlyZeros(cut);
        boolean up = switch (mode) {
            case FLOOR -> negative && inexact;
            case CEILING -> !negative && inexact;
            default -> !cut.isEmpty() && cut.charAt(0) >= '5'; // HALF_UP: away from zero from half on
        };
        String magnitude = up ? plusOne(kept) : kept.toString();
        int wholeDigits = magnitude.length() - decimals;
        String body = decimals == 0 ? magnitude : magnitude.substring(0, wholeDigits) + "." + magnitude.substring(wholeDigits);
        body = withoutLeadingZeros(body);
        return negative && !onlyZeros(body.replace(".", "")) ? "-" + body : body;
    }

    /** No loop through a stream: this runs on a cold start. */
    private static boolean onlyZeros(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** The decimal string of a non-negative whole number plus one ("199" → "200", "99" → "100"). */
    private static String plusOne(CharSequence n) {
        char[] c = n.toString().toCharArray();
        int i = c.length - 1;
        while (i >= 0 && c[i] == '9') {
            c[i] = '0';
            i--;
        }
        if (i < 0) {
            return "1" + new String(c);
        }
        c[i]++;
        return new String(c);
    }

    /** "007.50" → "7.50", "000" → "0", "0.5" stays. */
    private static String withoutLeadingZeros(String s) {
        int i = 0;
        while (i < s.length() - 1 && s.charAt(i) == '0' && s.charAt(i + 1) != '.') {
            i++;
        }
        return s.substring(i);
    }
}
