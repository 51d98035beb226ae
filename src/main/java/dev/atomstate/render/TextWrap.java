package dev.atomstate.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text at spaces only. A word — a path such as {@code .planning/STATE.md}, an option, a plan id — is never split:
 * one longer than the line stands alone on its line and runs over. (picocli's own wrapping breaks where
 * {@link java.text.BreakIterator} allows, which is after a dot or a slash.)
 */
public final class TextWrap {
    private TextWrap() {
    }

    /** {@code text} in lines of at most {@code width} characters (unless one word is longer); runs of spaces become one. */
    public static List<String> lines(String text, int width) {
        return lines(text, width, width);
    }

    /** {@link #lines(String, int)} with a first line of {@code firstWidth} and the others of {@code width}. */
    public static List<String> lines(String text, int firstWidth, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && length(line.toString()) + 1 + length(word) > (out.isEmpty() ? firstWidth : width)) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    /**
     * Appends {@code text} wrapped into the columns from {@code indent} to {@code width}, and a line break. The current line
     * already holds {@code column} characters: it is padded to {@code indent}, or ended first when it reaches past it.
     */
    public static void hanging(StringBuilder out, String text, int column, int indent, int width) {
        if (column > indent) {
            out.append('\n');
            column = 0;
        }
        out.append(" ".repeat(indent - column));
        List<String> lines = lines(text, Math.max(width - indent, 20));
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append('\n').append(" ".repeat(indent));
            }
            out.append(lines.get(i));
        }
        out.append('\n');
    }

    /** Appends {@code text} as a paragraph: its first line from column 0, the others indented by {@code indent}. */
    public static void paragraph(StringBuilder out, String text, int indent, int width) {
        List<String> lines = lines(text, width, Math.max(width - indent, 20));
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : " ".repeat(indent)).append(lines.get(i)).append('\n');
        }
    }

    /** Characters as a terminal shows them (one per code point; no wide characters in our texts). */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
