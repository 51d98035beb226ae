package dev.atomstate.edit;

import dev.atomstate.parse.ProgressLine;

/** A progress segment's percent and bar rewritten for a new percent, in the segment's own decimals, glyphs and width. */
public final class SegmentText {
    private SegmentText() {
    }

    /** Writes {@code percent} into the segment's percent and bar (each only when asked and present), in the segment's own style. */
    public static void percentAndBar(String text, ProgressLine.Segment s, double percent, String label, boolean writePercent,
                                     boolean writeBar, Replacer out) {
        if (writePercent && s.percent() != null) {
            out.replace(s.percent(), Styles.percentLike(s.percent().of(text), percent), label + " percent → " + Styles.percentLike(s.percent().of(text), percent) + "%");
        }
        if (writeBar && s.bar() != null) {
            int filled = ProgressLine.filledCells(percent, s.barCells());
            out.replace(s.bar(), Styles.bar(s.barCells(), filled, s.filledGlyph(), s.emptyGlyph()), label + " bar → " + filled + "/" + s.barCells() + " cells");
        }
    }
}
