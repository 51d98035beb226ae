package dev.atomstate.parse;

import dev.atomstate.model.LineIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A heading and the lines it governs: from the heading line up to the next heading of the same or a
 * higher level (exclusive). Only ATX headings count: setext underlines are too easily confused with the
 * "---" separators these files use.
 */
public record Section(int level, String title, int headingLine, int endLine) {

    public int firstContentLine() {
        return headingLine + 1;
    }

    /** Lower-case title without emphasis, emoji or a trailing colon: "📍 **Current Position:**" → "current position". */
    public String normalizedTitle() {
        return normalizeTitle(title);
    }

    public static String normalizeTitle(String title) {
        String t = title.replace("*", "").replace("_", " ").replace("`", "").strip().toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < t.length() && !Character.isLetterOrDigit(t.codePointAt(i))) {
            i += Character.charCount(t.codePointAt(i));
        }
        t = t.substring(i);
        while (t.endsWith(":") || t.endsWith(" ")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    static List<Section> scan(List<Line> lines, LineIndex index, int from, boolean[] inFence) {
        List<int[]> headings = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        byte[] leads = index.leads();
        for (int i = from; i < lines.size(); i++) {
            // a heading starts with '#' after at most three spaces: the other lines are not looked at
            if (inFence[i] || leads[i] != '#' && leads[i] != LineIndex.OTHER) {
                continue;
            }
            Line line = lines.get(i);
            int level = atxLevel(line);
            if (level > 0) {
                headings.add(new int[] {i, level});
                titles.add(atxTitle(line.content(), level));
            }
        }
        List<Section> sections = new ArrayList<>(headings.size());
        for (int h = 0; h < headings.size(); h++) {
            int line = headings.get(h)[0];
            int level = headings.get(h)[1];
            int end = lines.size();
            for (int k = h + 1; k < headings.size(); k++) {
                if (headings.get(k)[1] <= level) {
                    end = headings.get(k)[0];
                    break;
                }
            }
            sections.add(new Section(level, titles.get(h), line, end));
        }
        return sections;
    }

    /** 1–6 for an ATX heading line, 0 otherwise (a {@link Line} is read without copying it). */
    public static int atxLevel(CharSequence s) {
        int indent = 0;
        while (indent < s.length() && s.charAt(indent) == ' ' && indent < 4) {
            indent++;
        }
        if (indent > 3) {
            return 0;
        }
        int hashes = 0;
        while (indent + hashes < s.length() && s.charAt(indent + hashes) == '#') {
            hashes++;
        }
        if (hashes == 0 || hashes > 6) {
            return 0;
        }
        int after = indent + hashes;
        if (after < s.length() && s.charAt(after) != ' ' && s.charAt(after) != '\t') {
            return 0;
        }
        return hashes;
    }

    private static String atxTitle(String s, int level) {
        String t = s.strip().substring(level).strip();
        // a closing sequence of #s preceded by a space is not part of the title
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '#') {
            end--;
        }
        if (end < t.length() && (end == 0 || t.charAt(end - 1) == ' ')) {
            t = t.substring(0, end).strip();
        }
        return t;
    }
}
