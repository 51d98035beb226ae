package dev.atomstate.io;

/**
 * The points inside a locked write where a writer can be held up: after taking the lock, halfway through the
 * temp file, and before the atomic move. Normal runs pass {@link #NONE}. The crash and lock tests start the CLI
 * through a test-only launcher that passes a pause here, which widens the windows their SIGKILLs aim at; nothing
 * in the product reads a setting for it.
 */
@FunctionalInterface
public interface WritePause {
    enum Point { LOCKED, TEMP_HALF_WRITTEN, BEFORE_MOVE }

    WritePause NONE = point -> { };

    void at(Point point);
}
