package dev.atomstate.parse;

/**
 * Lines, each known to be inside a code fence or not: what a table scan reads. {@link Document} is one; the scan
 * takes this instead of the document so that the document can keep its tables without the two files needing each other.
 */
public interface FencedLines {
    Line line(int index);

    boolean inFence(int lineIndex);

    /** False when line {@code lineIndex} surely does not start with {@code c} after its leading whitespace (see {@link Document#mayStartWith}). */
    default boolean mayStartWith(int lineIndex, char c) {
        return true;
    }
}
