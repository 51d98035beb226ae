package dev.atomstate.app;

import dev.atomstate.edit.Change;
import dev.atomstate.edit.TextEdit;
import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.ParsedState;

/** Checks every state-file change must pass, whatever command made it. */
public final class StateGuards {
    private StateGuards() {
    }

    /**
     * Refuses a change that writes at or below a code fence that is never closed: the new text would be code, not
     * a field or an item, so the next read could not see it and a second run would write it again.
     */
    /**
     * Refuses any change to a file whose frontmatter is opened and never closed: which lines are YAML and which
     * the body is cannot be told, so nothing can be written in its place.
     */
    public static Change withClosedFrontmatter(ParsedState ps, Change change) {
        int open = ps.doc().unclosedFrontmatterLine();
        if (open >= 0 && !change.edits().isEmpty()) {
            throw AtomstateException.input(ps.fileName() + ":" + (open + 1) + ": the frontmatter opened here with '---' is never closed; "
                    + "close it with a '---' line first; nothing was written");
        }
        return change;
    }

    public static Change outsideUnclosedFence(ParsedState ps, Change change) {
        int fence = ps.doc().unclosedFenceLine();
        if (fence < 0) {
            return change;
        }
        int fenceStart = ps.doc().line(fence).start();
        for (TextEdit e : change.edits()) {
            if (e.end() > fenceStart || e.start() >= fenceStart) {
                throw AtomstateException.refused(ps.fileName() + ":" + (fence + 1) + ": the code fence opened here is never closed, "
                        + "so text written below it would be code; close the fence first");
            }
        }
        return change;
    }
}
