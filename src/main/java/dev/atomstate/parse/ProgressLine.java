package dev.atomstate.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a progress value into segments and locates each segment's bar, percent and fraction, so that an
 * edit can replace exactly those characters. Handles "[███░░] 58% (v2.0: 18/31 plans)", several segments
 * joined by "→", trailing "- Phase 61: 7/9 complete (77.8%)", bars of other glyphs and widths, bars
 * without brackets, "14 of 15 plans", and prose without numbers (no segments).
 */
public final class ProgressLine {
    private ProgressLine() {
    }

    /** One segment with the spans an edit needs (absolute offsets; null when the part is absent); start and end bound its text. */
    public record Segment(String label, Span bar, int barCells, int barFilled, String filledGlyph, String emptyGlyph,
                          Span percent, Double percentValue, Span done, Integer doneValue, Span total,
                          Integer totalValue, int start, int end) {
    }

    static final String FILLED = "█▓■●#=▰◼⬛";
    static final String EMPTY = "░-_·□○▱◻⬜ .";
    private static final LazyPattern BRACKET_BAR = LazyPattern.of("[\\[{]{1,2}([" + Pattern.quote(FILLED + EMPTY) + "]{4,})[\\]}]{1,2}");
    private static final LazyPattern BARE_BAR = LazyPattern.of("([█▓■●▰◼⬛][█▓■●▰◼⬛░□○▱◻⬜]{3,}|[░▱□][█▓■●▰◼⬛░□○▱◻⬜]{3,})");
    private static final LazyPattern PERCENT = LazyPattern.of("(?<![\\d.])~?(\\d{1,9}(?:\\.\\d+)?)\\s?%");
    private static final LazyPattern FRACTION = LazyPattern.of("(?<![\\w.-])(\\d+)\\s*(?:/|\\s+of\\s+~?)(\\d+)(?![\\d.]|-\\d)");
    private static final LazyPattern MILESTONE = LazyPattern.of("\\b(v\\d+(?:\\.\\d+)*)\\b");
    private static final LazyPattern PHASE_LABEL = LazyPattern.of("\\b(Phase\\s+\\d+(?:\\.\\d+)*(?:-\\d+)?)\\s*:");
    private static final LazyPattern SEPARATOR = LazyPattern.of("\\s*(?:→|->|⇒|;|\\|)\\s*|\\s+[-—–]\\s+(?=Phase\\s)|,\\s+(?=Phase\\s)");

    private static final LazyPattern PHASES_WORD = LazyPattern.of("(?i)\\bphases\\b");
    private static final LazyPattern PLANS_WORD = LazyPattern.of("(?i)\\bplans?\\b");

    /** Whether segment {@code s} counts phases, not plans ("100% phases (4/4)", "3/5 phases complete"). */
    public static boolean countsPhases(String text, Segment s) {
        String piece = text.substring(s.start(), s.end());
        return PHASES_WORD.matcher(piece).find() && !PLANS_WORD.matcher(piece).find();
    }

    public static List<Segment> parse(String text, Span value) {
        String v = value.of(text);
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        Matcher sep = SEPARATOR.matcher(v);
        List<int[]> pieces = new ArrayList<>();
        while (sep.find()) {
            pieces.add(new int[] {from, sep.start()});
            from = sep.end();
        }
        pieces.add(new int[] {from, v.length()});
        for (int[] p : pieces) {
            Segment s = segment(v, p[0], p[1], value.start());
            if (s != null) {
                segments.add(s);
            }
        }
        return segments;
    }

    private static Segment segment(String v, int from, int to, int base) {
        String piece = v.substring(from, to);
        Span bar = null;
        int cells = 0;
        int filled = 0;
        String filledGlyph = null;
        String emptyGlyph = null;
        Matcher b = BRACKET_BAR.matcher(piece);
        Matcher bare = BARE_BAR.matcher(piece);
        int barStart = -1;
        int barEnd = -1;
        String glyphs = null;
        if (b.find()) {
            barStart = b.start(1);
            barEnd = b.end(1);
            glyphs = b.group(1);
        } else if (bare.find()) {
            barStart = bare.start(1);
            barEnd = bare.end(1);
            glyphs = bare.group(1);
        }
        if (glyphs != null) {
            bar = new Span(base + from + barStart, base + from + barEnd);
            cells = glyphs.codePointCount(0, glyphs.length());
            for (int k = 0; k < glyphs.length(); k += Character.charCount(glyphs.codePointAt(k))) {
                String g = new String(Character.toChars(glyphs.codePointAt(k)));
                if (FILLED.contains(g)) {
                    filled++;
                    filledGlyph = filledGlyph == null ? g : filledGlyph;
                } else {
                    emptyGlyph = emptyGlyph == null ? g : emptyGlyph;
                }
            }
        }
        String rest = glyphs == null ? piece : piece.substring(0, barStart) + " ".repeat(barEnd - barStart) + piece.substring(barEnd);
        Span percent = null;
        Double percentValue = null;
        Matcher pm = PERCENT.matcher(rest);
        if (pm.find()) {
            percent = new Span(base + from + pm.start(1), base + from + pm.end(1));
            percentValue = Double.valueOf(pm.group(1));
        }
        Span done = null;
        Span total = null;
        Integer doneValue = null;
        Integer totalValue = null;
        Matcher fm = FRACTION.matcher(rest);
        if (fm.find()) {
            done = new Span(base + from + fm.start(1), base + from + fm.end(1));
            total = new Span(base + from + fm.start(2), base + from + fm.end(2));
            doneValue = safeInt(fm.group(1));
            totalValue = safeInt(fm.group(2));
        }
        if (bar == null && percent == null && done == null) {
            return null;
        }
        String label = null;
        Matcher ph = PHASE_LABEL.matcher(rest);
        if (ph.find() && (done == null || ph.start() < done.start() - base - from)) {
            label = ph.group(1);
        } else {
            Matcher ms = MILESTONE.matcher(rest);
            if (ms.find()) {
                label = ms.group(1);
            }
        }
        return new Segment(label, bar, cells, filled, filledGlyph, emptyGlyph, percent, percentValue, done, doneValue,
                total, totalValue, base + from, base + to);
    }

    private static Integer safeInt(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final LazyPattern PHASE_WORD = LazyPattern.of("^Phase\\s+");
    private static final LazyPattern PLAN_SUFFIX = LazyPattern.of("-\\d+$");

    /** The phase a segment label names: "Phase 61" → "61", "Phase 61-02" → "61". */
    public static String phaseOfLabel(String label) {
        return PLAN_SUFFIX.matcher(PHASE_WORD.matcher(label).replaceFirst("")).replaceFirst("");
    }

    /** The number of filled cells for {@code percent} on a bar of {@code cells}: rounded half up. */
    public static int filledCells(double percent, int cells) {
        double exact = percent * cells / 100.0;
        int n = (int) Math.floor(exact + 0.5);
        return Math.max(0, Math.min(cells, n));
    }
}
