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
