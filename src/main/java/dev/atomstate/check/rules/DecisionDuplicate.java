package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.StateModel.Decision;
import dev.atomstate.parse.ParsedState;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The same decision recorded twice in one list (same text, ignoring case, spacing, emphasis and a final period). A decision
 * repeated under another heading — a phase summary's "Key decisions", the decisions a milestone carries over — is restated
 * on purpose, not appended twice.
 */
public final class DecisionDuplicate implements Rule {
    /** The bits of each hash that are kept: all of them, but for a test that makes hashes collide on purpose. */
    private final long hashMask;

    public DecisionDuplicate() {
        this(-1L);
    }

    DecisionDuplicate(long hashMask) {
        this.hashMask = hashMask;
    }

    @Override
    public String id() {
        return "decision-duplicate";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "the same decision recorded twice";
    }

    @Override
    public String explanation() {
        return "The same decision is recorded twice (same text, ignoring case, spacing, emphasis and a final "
                + "period; texts shorter than 8 characters are not compared).";
    }

    @Override
    public String fix() {
        return "Delete the repeat. 'atomstate decide' never writes a decision that is already there.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        // The first decision of each normalised text in its section (by heading line), kept by a 64-bit hash of the two:
        // a big file has a quarter of a million decisions, and a key string and a map entry for each cost more than the
        // rest of the rule. Two decisions with the same hash are compared as strings before one is called a repeat.
        List<Decision> decisions = state.model().decisions();
        FirstSeen first = new FirstSeen(decisions.size());
        Normal normal = new Normal();
        Map<String, Integer> collided = null; // the rare text whose hash another text took first: by section and text
        for (int k = 0; k < decisions.size(); k++) {
            Decision d = decisions.get(k);
            normal.of(d.text());
            if (normal.length() < 8) {
                continue; // "TBD", "-": too short to call a repeat
            }
            int sectionLine = sectionLine(state, d);
            long hash = (normal.hash() ^ (sectionLine + 1L) * 0x9E3779B97F4A7C15L) & hashMask;
            int seen = first.putIfAbsent(hash, k);
            if (seen < 0) {
                continue;
            }
            Decision earlier = decisions.get(seen);
            String key = normal.key();
            if (sectionLine(state, earlier) == sectionLine && normal(earlier.text()).equals(key)) {
                out.add(d.line(), 1, "this decision is already recorded at line " + earlier.line() + "; delete the repeat");
                continue;
            }
            if (collided == null) {
                collided = new HashMap<>();
            }
            Integer line = collided.putIfAbsent(sectionLine + "\n" + key, d.line());
            if (line != null) {
                out.add(d.line(), 1, "this decision is already recorded at line " + line + "; delete the repeat");
            }
        }
    }

    private static int sectionLine(ParsedState state, Decision d) {
        var section = state.doc().sectionAt(d.line() - 1);
        return section == null ? -1 : section.headingLine();
    }

    /** An open-addressing table from a 64-bit hash to the index of the first decision that had it. */
    private static final class FirstSeen {
        private final long[] hashes;
        /** The decision's index plus one; 0 for an empty slot. */
        private final int[] firsts;
        private final int mask;

        FirstSeen(int expected) {
            int capacity = Integer.highestOneBit(Math.max(16, expected * 2 + 1)) << 1;
            hashes = new long[capacity];
            firsts = new int[capacity];
            mask = capacity - 1;
        }

        /** The index kept for {@code hash}, or -1 after keeping {@code index} for it. */
        int putIfAbsent(long hash, int index) {
            int slot = (int) (hash ^ hash >>> 32) & mask;
            while (firsts[slot] != 0) {
                if (hashes[slot] == hash) {
                    return firsts[slot] - 1;
                }
                slot = slot + 1 & mask;
            }
            hashes[slot] = hash;
            firsts[slot] = index + 1;
            return -1;
        }
    }

    /**
     * The normal form of one text after another (see {@link #normal(String)}), in a buffer reused from text to text. For
     * a text that is all ASCII the buffer holds the normal form itself, lowered on the way, and no string is made for its
     * hash; any other text is lowered by String.toLowerCase, which sees each char in its context.
     */
    static final class Normal {
        private char[] buffer = new char[256];
        private int from;
        private int to;
        private String lowered; // the normal form when the text is not all ASCII, else null

        void of(String text) {
            int n = text.length();
            if (buffer.length < n) {
                buffer = new char[n];
            }
            char[] b = buffer;
            text.getChars(0, n, b, 0);
            int to = 0; // what is kept so far is b[0, to): never ahead of the char read
            boolean space = false; // a run of regex whitespace, written as one space before the next kept char
            boolean ascii = true;
            for (int i = 0; i < n; i++) {
                char c = b[i];
                if (c == '*' || c == '`') {
                    continue; // removed before collapsing, so a run around one is still one run
                }
                if (c == ' ' || c >= '\t' && c <= '\r') { // a regex's \s
                    space = true;
                    continue;
                }
                if (space) {
                    b[to++] = ' '; // to < i here: the run was at least one char read and not kept
                    space = false;
                }
                if (c >= 0x80) {
                    ascii = false;
                }
                b[to++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            if (space) {
                b[to++] = ' ';
            }
            // strip(): no whitespace lies outside the basic plane, so a char test is the code-point test
            int from = 0;
            while (from < to && Character.isWhitespace(b[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(b[to - 1])) {
                to--;
            }
            // withoutFinal(…, ".;")
            if (to > from && isFinal(b[to - 1])) {
                to--;
            } else if (to - from > 1 && b[to - 1] == '\u0085' && isFinal(b[to - 2])) {
                b[to - 2] = '\u0085';
                to--;
            }
            this.from = from;
            this.to = to;
            this.lowered = ascii ? null : new String(b, from, to - from).toLowerCase(Locale.ROOT);
        }

        int length() {
            return lowered != null ? lowered.length() : to - from;
        }

        /** FNV-1a over the normal form's chars. */
        long hash() {
            long h = 0xcbf29ce484222325L;
            if (lowered != null) {
                for (int i = 0; i < lowered.length(); i++) {
                    h = (h ^ lowered.charAt(i)) * 0x100000001b3L;
                }
                return h;
            }
            char[] b = buffer;
            for (int i = from; i < to; i++) {
                h = (h ^ b[i]) * 0x100000001b3L;
            }
            return h;
        }

        String key() {
            return lowered != null ? lowered : new String(buffer, from, to - from);
        }
    }

    /**
     * {@code withoutFinal(Whitespace.collapse(text.replace("*", "").replace("`", "")).strip(), ".;").toLowerCase(Locale.ROOT)}
     * in one pass (a big file asks it of a quarter of a million decisions): the chars are copied out in bulk and
     * compacted in place in a char array, which reads far cheaper than {@code String.charAt} in the start-up compiler.
     * ASCII letters are lowered on the way; the final toLowerCase still sees every other char in its context (a final
     * sigma, a dotted I), and returns its argument when nothing is left to lower.
     */
    static String normal(String text) {
        Normal n = new Normal();
        n.of(text);
        return n.key();
    }

    private static boolean isFinal(char c) {
        return c == '.' || c == ';';
    }

    /**
     * {@code s.replaceFirst("[" + chars + "]$", "")} for a stripped {@code s}: its last char when it is one of
     * {@code chars}, or the one before a final U+0085 (a line break to a regex, not whitespace to strip).
     */
    static String withoutFinal(String s, String chars) {
        int n = s.length();
        if (n > 0 && chars.indexOf(s.charAt(n - 1)) >= 0) {
            return s.substring(0, n - 1);
        }
        if (n > 1 && s.charAt(n - 1) == '\u0085' && chars.indexOf(s.charAt(n - 2)) >= 0) {
            return s.substring(0, n - 2) + '\u0085';
        }
        return s;
    }
}
