package dev.atomstate.check.rules;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.parse.ParsedState;

/** A code fence that is never closed: everything below it is code, so no field below it is read. */
public final class UnclosedFence implements Rule {
    @Override
    public String id() {
        return "unclosed-fence";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "a code fence that is never closed";
    }

    @Override
    public String explanation() {
        return "A code fence (``` or ~~~) that is never closed: everything after it is read as code, so the "
                + "sections below it are invisible to every reader, atomstate's included.";
    }

    @Override
    public String fix() {
        return "Add the closing fence where the code ends.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        int line = state.doc().unclosedFenceLine();
        if (line >= 0) {
            int below = state.doc().lineCount() - line - 1;
            out.add(line + 1, 1, "code fence opened here is never closed; the " + below + (below == 1 ? " line" : " lines")
                    + " below it are read as code — close it with a matching fence");
        }
    }
}
