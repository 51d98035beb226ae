package dev.atomstate.app.merge;

import dev.atomstate.app.merge.Anatomy.ListPart;
import dev.atomstate.app.merge.Anatomy.Unit;
import dev.atomstate.edit.TextEdit;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a file keeps "Previous:" chains under a position field, the value that lost to the other branch's (a
 * status the further-along branch replaced) goes to the top of the chain, as it would have had both branches'
 * commands run on one file. A value either chain already records is not recorded again.
 */
final class PositionHistory {
    private final Anatomy ours;
    private final Anatomy theirs;
    private final List<TextEdit> edits = new ArrayList<>();

    PositionHistory(Anatomy ours, Anatomy theirs) {
        this.ours = ours;
        this.theirs = theirs;
    }

    /** {@code value} of the field {@code role} was replaced by the other branch's; {@code base} is the ancestor's. */
    void lost(String role, String value, String base) {
        ListPart chain = ours.lists().get("history:" + role);
        if (value == null || value.isBlank() || value.equals(base) || chain == null || chain.units().isEmpty()) {
            return;
        }
        String key = "h:" + StateAnatomy.normalize(value);
        if (recorded(chain, key) || recorded(theirs.lists().get("history:" + role), key)) {
            return;
        }
        Unit top = chain.units().get(0);
        String nl = ours.newline(top.first());
        int gap = top.end() - top.first() - 1;
        edits.add(TextEdit.insert(ours.doc().line(top.first()).start(), "Previous: " + value + nl + nl.repeat(Math.max(0, gap)),
                "the replaced " + role + " to the top of its Previous chain"));
    }

    private static boolean recorded(ListPart chain, String key) {
        return chain != null && chain.units().stream().anyMatch(u -> u.key().equals(key));
    }

    List<TextEdit> edits() {
        return edits;
    }
}
