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
        System.exit(run(args, WritePause.NONE));
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
