package dev.atomstate.app;

import dev.atomstate.edit.TextEdit;
import dev.atomstate.parse.Document;
import dev.atomstate.parse.Line;

import java.util.ArrayList;
import java.util.List;

/**
 * A placeholder ("None yet.") never stays beside a real item: a writer that adds an item to a list which still holds
 * one (a hand-edited file) deletes the placeholder's line in the same change, as check --fix would.
 */
final class StalePlaceholders {
    private StalePlaceholders() {
    }

    /**
     * Deletes each of {@code lines} (0-based) whole; where the placeholder stood alone between two blank lines, one of
     * them goes too, so that no double blank is left behind. Lines in {@code keep} (one a writer replaces) are skipped.
     */
    static List<TextEdit> delete(Document doc, List<Integer> lines, int keep, String why) {
        List<TextEdit> out = new ArrayList<>();
        for (int i : lines) {
            if (i == keep) {
                continue;
            }
            Line line = doc.line(i);
            int end = line.end();
            boolean blankAbove = i > 0 && doc.line(i - 1).isBlank();
            boolean blankBelow = i + 1 < doc.lineCount() && doc.line(i + 1).isBlank() && !lines.contains(i + 1);
            if (blankAbove && blankBelow) {
                end = doc.line(i + 1).end();
            }
            out.add(new TextEdit(line.start(), end, "", why));
        }
        return out;
    }
}
