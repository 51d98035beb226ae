package dev.atomstate.io;

/**
 * The points inside a locked write where a writer can be held up: after taking the lock, halfway through the
 * temp file, when every temp file is complete (before the last look at the files), and after that look, right
 * before the atomic moves. Normal runs pass {@link #NONE}. The crash and lock tests start the CLI
 * through a test-only launcher that passes a pause here, which widens the windows their SIGKILLs aim at; nothing
 * in the product reads a setting for it.
 */
@FunctionalInterface
public interface WritePause {
    enum Point {
        LOCKED, TEMP_HALF_WRITTEN, BEFORE_MOVE,
        /**
         * Between the last look at the files and the moves: the window that look cannot close (README → Safety); an
         * editor's write is placed here by the tests to show which kinds the look after the move still catches.
         */
        CHECKED,
        /**
         * After the moves, when a process (an editor that opened the file before our move) still holds the replaced file
         * open for writing; we wait for it to close before the look after the move. Reached only when there is one.
         */
        HELD_OPEN
    }

    /** No pause. A class rather than a lambda: every command reaches it, and a cold run links each lambda it reaches. */
    WritePause NONE = new WritePause() {
        @Override
        public void at(Point point) {
        }
    };

    void at(Point point);
}
