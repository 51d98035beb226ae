package dev.atomstate.parse;

/**
 * Where a char next occurs in a text, for a scan that moves forward line by line: "does this line hold a '*'?" asked
 * of every line of a big file costs one indexOf over the text in all (the answer is looked for again only once the
 * scan has passed it), not a copy or a char-by-char look at each line.
 */
final class NextChar {
    private final String text;
    private final char c;
    private int at = -1;

    NextChar(String text, char c) {
        this.text = text;
        this.c = c;
    }

    /** Whether the char occurs in {@code [from, to)}; {@code from} never goes back between calls. */
    boolean within(int from, int to) {
        if (at < from) {
            at = text.indexOf(c, from);
            if (at < 0) {
                at = text.length();
            }
        }
        return at < to;
    }

    /** Where the char next occurs at or after {@code from}, or the text's length; {@code from} never goes back. */
    int from(int from) {
        within(from, from);
        return at;
    }

    /** {@link #within(int, int)} of a line's content. */
    boolean in(Line line) {
        return within(line.start(), line.contentEnd());
    }
}
