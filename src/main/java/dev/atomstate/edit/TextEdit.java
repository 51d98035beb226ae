package dev.atomstate.edit;

/** Replace {@code [start, end)} of the original text with {@code replacement}; start == end inserts. */
public record TextEdit(int start, int end, String replacement, String why) {
    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad edit range " + start + ".." + end);
        }
    }

    public static TextEdit insert(int at, String text, String why) {
        return new TextEdit(at, at, text, why);
    }
}
