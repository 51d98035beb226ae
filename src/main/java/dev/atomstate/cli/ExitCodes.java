package dev.atomstate.cli;

import dev.atomstate.model.AtomstateException;

/** The exit codes of the command-line contract, in one place. */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Success, including "already done, nothing to change". */
    public static final int OK = 0;
    /** The command was refused, or check found problems at the failing severity. */
    public static final int REFUSED = 1;
    /** Usage error. */
    public static final int USAGE = 2;
    /** The input cannot be read, parsed or written. */
    public static final int INPUT = 3;

    static int of(AtomstateException.Kind kind) {
        return switch (kind) {
            case REFUSED -> REFUSED;
            case USAGE -> USAGE;
            case INPUT -> INPUT;
        };
    }
}
