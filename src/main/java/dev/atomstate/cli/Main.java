package dev.atomstate.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Entry point; the only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), false);
        int code = Cli.run(args, new Cli.Context(out, err, System.getenv(), Path.of("").toAbsolutePath(), Terminal.isInteractive()));
        out.flush();
        err.flush();
        System.exit(code);
    }
}
