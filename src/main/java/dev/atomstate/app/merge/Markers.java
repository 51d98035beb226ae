package dev.atomstate.app.merge;

/**
 * Git-style conflict markers of a configured size (git's %L, 7 by default): the ours lines, a separator, the
 * theirs lines, each block closed by a line break even where the file's last line has none.
 */
public record Markers(int size, String oursLabel, String theirsLabel) {
    public static final int DEFAULT_SIZE = 7;

    public Markers {
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("marker size " + size);
        }
    }

    public static Markers of(int size) {
        return new Markers(size, "ours", "theirs");
    }

    String wrap(String ours, String theirs, String nl) {
        return "<".repeat(size) + " " + oursLabel + nl + closed(ours, nl) + "=".repeat(size) + nl + closed(theirs, nl)
                + ">".repeat(size) + " " + theirsLabel + nl;
    }

    private static String closed(String block, String nl) {
        return block.isEmpty() || block.endsWith("\n") ? block : block + nl;
    }
}
