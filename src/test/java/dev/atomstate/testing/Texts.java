package dev.atomstate.testing;

/** Checks on texts that tests share. */
public final class Texts {
    private Texts() {
    }

    /** Whether every char of {@code small} appears in {@code big}, in order: {@code big} is {@code small} with insertions. */
    public static boolean isSubsequence(String small, String big) {
        int j = 0;
        for (int i = 0; i < big.length() && j < small.length(); i++) {
            if (big.charAt(i) == small.charAt(j)) {
                j++;
            }
        }
        return j == small.length();
    }
}
