package dev.atomstate.parse;

/**
 * One line of the source: {@code start..contentEnd} is its text, {@code contentEnd..end} its terminator
 * ("\n", "\r\n" or nothing on a last line without newline). Offsets are char offsets into the text.
 */
public record Line(int index, int start, int contentEnd, int end, String content) {
    public int number() {
        return index + 1;
    }

    public String terminator(String text) {
        return text.substring(contentEnd, end);
    }

    public boolean isBlank() {
        return content.isBlank();
    }
}
