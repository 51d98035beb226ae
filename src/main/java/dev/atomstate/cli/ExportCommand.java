package dev.atomstate.cli;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.model.Neighbours;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.Totals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "The whole model of the state file (the keys of status --json), the totals with their sources, and the "
                + "roadmap beside it when there is one, as JSON or YAML.",
        footer = {"", "Example:", "  atomstate export --format yaml > state.yaml", "  atomstate export --format json | jq .decisions"})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--format", paramLabel = "FORMAT", description = "json (default) or yaml.")
    String format = "json";

    @Override
    public Integer call() {
        String f = root.json ? "json" : format.toLowerCase(java.util.Locale.ROOT);
        if (!f.equals("json") && !f.equals("yaml")) {
            throw AtomstateException.usage("--format '" + format + "' is not supported; use json or yaml");
        }
        Path path = CommandSupport.stateFile(root);
        ParsedState state = CommandSupport.read(root, path);
        Neighbours n = CrossFileJson.neighbours(root, path);
        Map<String, Object> doc = Json.document("export");
        doc.put("file", state.fileName());
        ModelJson.put(doc, state);
        CrossFileJson.put(doc, Totals.of(state, n), n);
        doc.put("roadmap", CrossFileJson.roadmap(n.roadmap(), n.roadmapFile()));
        doc.put("phaseFolders", CrossFileJson.roadmap(n.folders(), n.phasesDir()));
        if (f.equals("json")) {
            Json.print(root.ctx.out(), doc);
        } else {
            root.ctx.out().print(Yaml.write(doc));
        }
        return ExitCodes.OK;
    }

    /** Jackson YAML, loaded only for --format yaml. */
    private static final class Yaml {
        static String write(Object value) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                        .writeValueAsString(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
