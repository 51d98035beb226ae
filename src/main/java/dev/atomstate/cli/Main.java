package dev.atomstate.cli;

import dev.atomstate.io.WritePause;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point; the only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, WritePause.NONE);
        System.out.flush();
        System.err.flush();
        if (Thread.activeCount() == 1) {
            // Nothing of ours registers a shutdown hook, and no other thread of the run is alive (the MCP server's are):
            // halt. System.exit on JDK 21 and later first looks up a System.Logger to log the exit, which starts the
            // platform's logging: about 9 ms of CPU on every run on JDK 25, for a message nobody enabled.
            Runtime.getRuntime().halt(code);
        }
        System.exit(code);
    }

    /**
     * One run on the process's own streams, environment and working directory. A test launcher on the test class
     * path passes a {@link WritePause} to hold the writer inside its locked write; {@link #main} never does.
     */
    public static int run(String[] args, WritePause pause) {
        // buffered as chars too: the encoder below buffers bytes, but each small write through it (a JSON document is
        // thousands) costs a call chain of its own, which a cold run pays in the interpreter
        PrintWriter out = new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 14), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), false);
        int code = Cli.run(args, new Cli.Context(out, err, System.getenv(), Path.of("").toAbsolutePath(), Terminal.isInteractive()), pause);
        out.flush();
        err.flush();
        return code;
    }
}
