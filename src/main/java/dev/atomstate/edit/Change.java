package dev.atomstate.edit;

import java.util.List;

/**
 * What a writing command decided: the edits to splice into the original text, one line per thing it did
 * (or, when {@code edits} is empty, why nothing needed doing), and facts for --json.
 */
public record Change(List<TextEdit> edits, List<String> notes, String summary, java.util.Map<String, Object> facts) {

    public boolean isNoop() {
        return edits.isEmpty();
    }

    public String apply(String text) {
        return Splicer.apply(text, edits);
    }
}
