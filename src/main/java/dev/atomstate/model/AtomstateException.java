package dev.atomstate.model;

/**
 * The one error type a command may end with. {@link Kind} decides the exit code (see cli.ExitCodes),
 * the message is the single line the user sees after "atomstate: ".
 */
public final class AtomstateException extends RuntimeException {
    public enum Kind {
        /** The command was understood but cannot be applied (unknown plan, nothing to resolve): exit 1. */
        REFUSED,
        /** The arguments are wrong: exit 2. */
        USAGE,
        /** The input cannot be read, parsed or written: exit 3. */
        INPUT
    }

    private final Kind kind;

    public AtomstateException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public AtomstateException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static AtomstateException refused(String message) {
        return new AtomstateException(Kind.REFUSED, message);
    }

    public static AtomstateException usage(String message) {
        return new AtomstateException(Kind.USAGE, message);
    }

    public static AtomstateException input(String message) {
        return new AtomstateException(Kind.INPUT, message);
    }
}
