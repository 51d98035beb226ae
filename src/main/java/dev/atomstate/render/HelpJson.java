package dev.atomstate.render;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code help [COMMAND] --json}: a command as tools need it (its options, arguments, subcommands, examples). */
public final class HelpJson {
    private HelpJson() {
    }

    public static void print(PrintWriter out, CommandDoc cmd, CommandDoc root) {
        Map<String, Object> doc = Json.document("help");
        doc.put("command", String.join(" ", cmd.path().subList(1, cmd.path().size())));
        doc.put("header", cmd.header());
        doc.put("description", cmd.description());
        List<Object> params = new ArrayList<>();
        for (CommandDoc.Param p : cmd.params()) {
            params.add(Json.obj("label", p.label(), "optional", p.optional(), "repeats", p.repeats(), "description", p.description(),
                    "values", p.values(), "path", p.path()));
        }
        doc.put("arguments", params);
        doc.put("options", options(cmd.path().size() == 1 ? cmd.options() : cmd.options().stream()
                .filter(o -> !o.names().contains("--version")).toList()));
        doc.put("globalOptions", cmd.path().size() == 1 ? List.of() : options(root.options().stream()
                .filter(o -> !o.names().contains("--help") && !o.names().contains("--version") && (cmd.writes() || !o.names().contains("--dry-run")))
                .toList()));
        doc.put("writes", cmd.writes());
        List<Object> subs = new ArrayList<>();
        for (CommandDoc c : cmd.subcommands()) {
            subs.add(Json.obj("name", c.name(), "header", c.header()));
        }
        doc.put("subcommands", subs);
        List<String> examples = new ArrayList<>();
        for (String line : cmd.footer()) {
            if (line.startsWith("  atomstate ")) {
                examples.add(line.strip());
            }
        }
        doc.put("examples", examples);
        Json.print(out, doc);
    }

    private static List<Object> options(List<CommandDoc.Option> options) {
        List<Object> out = new ArrayList<>();
        for (CommandDoc.Option o : options) {
            out.add(Json.obj("names", o.names(), "label", o.label(), "description", o.description(), "values", o.values(),
                    "path", o.path(), "required", o.required()));
        }
        return out;
    }
}
