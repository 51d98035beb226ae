package dev.atomstate.model;

/**
 * A plan id "&lt;phase&gt;-&lt;plan&gt;" such as 62-01 or 5.1-02. Phase and plan keep the digits as written
 * (padding matters for output); comparison and equality are numeric, so 3-2 equals 03-02. Reading one from text is
 * parse.PlanIds' job.
 */
public record PlanId(String phase, String plan) implements Comparable<PlanId> {
    public PlanId {
        if (!isPhaseNumber(phase) || !isDigits(plan)) {
            throw new IllegalArgumentException("not a plan id: " + phase + "-" + plan);
        }
    }

    /** "62", "5.1", "07": digits, optionally dot-separated groups of digits. (parse.PlanIds reads ids from text.) */
    public static boolean isPhaseNumber(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (String part : s.split("\\.", -1)) {
            if (!isDigits(part)) {
                return false;
            }
        }
        return true;
    }

    /** The most digits a part of a phase number given as an argument may have: no real plan has a millionth phase. */
    public static final int MAX_PHASE_DIGITS = 6;

    /** {@link #isPhaseNumber} with at most {@link #MAX_PHASE_DIGITS} digits in every part: what an argument may name. */
    public static boolean isPlausiblePhaseNumber(String s) {
        if (!isPhaseNumber(s)) {
            return false;
        }
        for (String part : s.split("\\.", -1)) {
            if (part.length() > MAX_PHASE_DIGITS) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        return Digits.isAll(s);
    }

    public int planNumber() {
        return Integer.parseInt(plan.length() > 9 ? plan.substring(plan.length() - 9) : plan);
    }

    public boolean samePhase(String otherPhase) {
        return otherPhase != null && comparePhases(phase, otherPhase) == 0;
    }

    /** Same plan, numerically. */
    public boolean sameAs(PlanId other) {
        return other != null && compareTo(other) == 0;
    }

    @Override
    public int compareTo(PlanId o) {
        int c = comparePhases(phase, o.phase);
        return c != 0 ? c : compareDigits(plan, o.plan);
    }

    /** Numeric comparison of phase numbers: 5 &lt; 5.1 &lt; 5.2 &lt; 6 &lt; 10. */
    public static int comparePhases(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            if (i >= x.length || i >= y.length) {
                return i >= x.length ? -1 : 1;
            }
            int c = compareDigits(x[i], y[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Two runs of digits compared as numbers of any length: without leading zeros, the longer is larger. */
    private static int compareDigits(String a, String b) {
        String x = trim(a);
        String y = trim(b);
        return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
    }

    /** Without leading zeros (one digit kept). */
    private static String trim(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0' && digits.charAt(i + 1) >= '0' && digits.charAt(i + 1) <= '9') {
            i++;
        }
        return digits.substring(i);
    }

    /** A plan id with the plan number {@code n}, padded like this one. */
    public PlanId withPlan(int n) {
        return new PlanId(phase, pad(n, plan.length()));
    }

    /**
     * {@code number} padded like {@code example}: "3" next to "02" becomes "03". Only a zero-padded whole number sets
     * a width; a number with a dot ("5.1") is written as given.
     */
    public static String padLike(String example, String number) {
        if (example == null || number.isEmpty() || !isDigits(number) || !zeroPadded(example)) {
            return number;
        }
        // digits as text: a number in the file may be longer than any int ("99999999999999999999")
        int lead = 0;
        while (lead < number.length() - 1 && number.charAt(lead) == '0') {
            lead++;
        }
        String bare = number.substring(lead);
        return "0".repeat(Math.max(0, example.length() - bare.length())) + bare;
    }

    /** "02", "007": a leading zero followed by digits only. */
    private static boolean zeroPadded(String s) {
        if (s.length() < 2 || s.charAt(0) != '0') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    public static String pad(long n, int width) {
        String s = Long.toString(n);
        while (s.length() < width) {
            s = "0" + s;
        }
        return s;
    }

    @Override
    public String toString() {
        return phase + "-" + plan;
    }
}
