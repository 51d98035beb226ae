package dev.atomstate.cli;

import dev.atomstate.model.AtomstateException;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

@Command(name = "schema", mixinStandardHelpOptions = true,
        header = "The JSON Schema of every --json output",
        description = "Print the JSON Schema (draft 2020-12) of every --json output: one $defs entry per kind, chosen by \"kind\".",
        footer = {"", "Example:", "  atomstate schema > atomstate.schema.json"})
final class SchemaCommand implements Callable<Integer> {
    static final String RESOURCE = "/atomstate.schema.json";

    private final Invocation inv;

    SchemaCommand(Invocation inv) {
        this.inv = inv;
    }

    @Override
    public Integer call() {
        try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw AtomstateException.input("the schema is missing from the jar (" + RESOURCE + "); rebuild atomstate");
            }
            inv.out().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return ExitCodes.OK;
        } catch (IOException e) {
            throw AtomstateException.input("cannot read the schema from the jar: " + e.getMessage());
        }
    }
}
