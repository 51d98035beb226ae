package dev.atomstate.io;

/**
 * What this thread's run has done to files, for the one line a fatal error (out of memory, out of stack) prints when
 * nothing else can be asked: the file read last, and whether any file was replaced. Kept per thread because the MCP
 * server runs commands side by side; the command line resets it at the start of every run.
 */
public final class FileTrace {
    private FileTrace() {
    }

    // subclasses rather than ThreadLocal.withInitial(lambda): a cold run links each lambda it reaches
    private static final ThreadLocal<String[]> LAST_READ = new ThreadLocal<>() {
        @Override
        protected String[] initialValue() {
            return new String[1];
        }
    };
    private static final ThreadLocal<boolean[]> WROTE = new ThreadLocal<>() {
        @Override
        protected boolean[] initialValue() {
            return new boolean[1];
        }
    };

    /** A new run on this thread: nothing read, nothing written yet. */
    public static void reset() {
        LAST_READ.get()[0] = null;
        WROTE.get()[0] = false;
    }

    /** How messages name the file this thread read last in this run, or null. */
    public static String lastRead() {
        return LAST_READ.get()[0];
    }

    /** Whether this run replaced or created a file. */
    public static boolean wrote() {
        return WROTE.get()[0];
    }

    static void reading(String name) {
        LAST_READ.get()[0] = name;
    }

    static void written() {
        WROTE.get()[0] = true;
    }
}
