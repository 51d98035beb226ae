package dev.atomstate.edit;

import dev.atomstate.parse.Span;

/** Records "replace this span with that value, because …"; a replacement equal to the text is no edit. */
@FunctionalInterface
public interface Replacer {
    void replace(Span span, String value, String why);
}
