package dev.atomstate.app.merge;

import dev.atomstate.parse.LazyPattern;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A file that already holds git conflict markers, taken apart into the versions they stand for: ours (the lines
 * between {@code <<<<<<<} and {@code =======}), theirs (up to {@code >>>>>>>}) and a base — the {@code |||||||}
 * section where the file has one (diff3 style), else the lines both sides share (what neither changed is most
 * likely what the base said). Lines outside the markers belong to all three.
 */
public record ConflictedFile(String base, String ours, String theirs, int regions, int markerSize) {
    private static final LazyPattern OPEN = LazyPattern.of("^(<{7,})(?:[ \\t].*)?\\r?\\n?$");

    /** The versions, or null when the text holds no complete conflict region. */
    public static ConflictedFile split(String text) {
        List<String> lines = Diff3.split(text);
        int size = 0;
        for (String l : lines) {
            Matcher m = OPEN.matcher(l);
            if (m.matches()) {
                size = m.group(1).length();
                break;
            }
        }
        if (size == 0) {
            return null;
        }
        String open = "<".repeat(size);
        String sep = "=".repeat(size);
        String baseMark = "|".repeat(size);
        String close = ">".repeat(size);
        StringBuilder base = new StringBuilder();
        StringBuilder ours = new StringBuilder();
        StringBuilder theirs = new StringBuilder();
        int regions = 0;
        int i = 0;
        while (i < lines.size()) {
            String l = lines.get(i);
            if (!marker(l, open)) {
                base.append(l);
                ours.append(l);
                theirs.append(l);
                i++;
                continue;
            }
            int j = i + 1;
            StringBuilder a = new StringBuilder();
            StringBuilder o = null;
            StringBuilder b = new StringBuilder();
            StringBuilder into = a;
            boolean closed = false;
            for (; j < lines.size(); j++) {
                String c = lines.get(j);
                if (marker(c, baseMark) && into == a) {
                    o = new StringBuilder();
                    into = o;
                } else if (exactly(c, sep) && into != b) {
                    into = b;
                } else if (marker(c, close) && into == b) {
                    closed = true;
                    break;
                } else if (marker(c, open)) {
                    break;
                } else {
                    into.append(c);
                }
            }
            if (!closed) {
                return null;
            }
            regions++;
            ours.append(a);
            theirs.append(b);
            base.append(o != null ? o.toString() : common(a.toString(), b.toString()));
            i = j + 1;
        }
        return new ConflictedFile(base.toString(), ours.toString(), theirs.toString(), regions, size);
    }

    private static boolean marker(String line, String mark) {
        String l = line.replaceFirst("\\r?\\n$", "");
        return l.equals(mark) || l.startsWith(mark + " ") || l.startsWith(mark + "\t");
    }

    private static boolean exactly(String line, String mark) {
        return line.replaceFirst("\\r?\\n$", "").equals(mark);
    }

    /** The lines both sides have, in order. */
    private static String common(String a, String b) {
        List<String> x = Diff3.split(a);
        List<String> y = Diff3.split(b);
        int[] m = LineDiff.match(x, y);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < x.size(); i++) {
            if (m[i] >= 0) {
                sb.append(x.get(i));
            }
        }
        return sb.toString();
    }
}
