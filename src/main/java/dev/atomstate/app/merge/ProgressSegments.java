package dev.atomstate.app.merge;

import dev.atomstate.parse.Span;

import java.util.Map;

/**
 * A progress line across a milestone boundary: the newer milestone's line (its new or reset segment), except that
 * a segment labelled for another milestone ("v2.0: 12/30") which only the older branch moved takes the older
 * branch's text — that branch's completed plans still count where the line keeps one segment per milestone.
 */
final class ProgressSegments {
    private ProgressSegments() {
    }

    /** The merged value of the progress field; {@code oursNewer}: ours is in the newer milestone. */
    static String acrossMilestones(Anatomy base, Anatomy ours, Anatomy theirs, boolean oursNewer) {
        Anatomy newer = oursNewer ? ours : theirs;
        Anatomy older = oursNewer ? theirs : ours;
        Span field = newer.fields().get("progress").value();
        String value = field.of(newer.text());
        // later segments first, so earlier offsets stay valid
        var labels = new java.util.ArrayList<>(newer.segments().entrySet());
        labels.sort((x, y) -> Integer.compare(y.getValue().start(), x.getValue().start()));
        for (Map.Entry<String, Span> e : labels) {
            Span b = base.segments().get(e.getKey());
            Span o = older.segments().get(e.getKey());
            if (b == null || o == null) {
                continue;
            }
            String baseText = b.of(base.text());
            String olderText = o.of(older.text());
            String newerText = e.getValue().of(newer.text());
            if (!olderText.equals(baseText) && newerText.equals(baseText)) {
                int from = e.getValue().start() - field.start();
                int to = e.getValue().end() - field.start();
                value = value.substring(0, from) + olderText + value.substring(to);
            }
        }
        return value;
    }
}
