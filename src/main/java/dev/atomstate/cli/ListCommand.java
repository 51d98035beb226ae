package dev.atomstate.cli;

import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.StateLists;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** What the list commands share: the filters, reading the file, and the text and JSON output. */
abstract class ListCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Option(names = "--phase", paramLabel = "N", description = "Only entries of (or naming) phase N; numeric, so 3 matches 03.")
    String phase;

    @Option(names = "--since", paramLabel = "DATE", description = "Only entries dated DATE (YYYY-MM-DD) or later; entries without a date are left out.")
    String since;

    @Option(names = "--last", paramLabel = "N", description = "Only the last N entries (after the other filters).")
    Integer last;

    /** The JSON kind and the key of the list ("decisions", "blockers", "todos", "history"). */
    abstract String kind();

    abstract List<StateLists.Entry> entries(ParsedState state);

    /** One line of text output for an entry. */
    abstract String line(StateLists.Entry e);

    @Override
    public Integer call() {
        StateLists.Filter filter = StateLists.Filter.of(phase, since, last);
        ParsedState state = CommandSupport.read(root, CommandSupport.stateFile(root));
        StateLists.Result result = StateLists.filter(entries(state), filter);
        if (root.json) {
            Map<String, Object> doc = Json.document(kind());
            doc.put("file", state.fileName());
            doc.put("filters", ModelJson.obj("phase", filter.phase(), "since", filter.since() == null ? null : filter.since().toString(),
                    "last", filter.last()));
            doc.put("total", result.total());
            doc.put("count", result.entries().size());
            doc.put("undated", result.undated());
            List<Object> list = new ArrayList<>();
            for (StateLists.Entry e : result.entries()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("phase", e.phase());
                m.put("date", e.date());
                m.put("text", e.text());
                m.putAll(e.extra());
                m.put("line", e.line());
                list.add(m);
            }
            doc.put(kind(), list);
            Json.print(root.ctx.out(), doc);
            return ExitCodes.OK;
        }
        var out = root.ctx.out();
        if (result.entries().isEmpty()) {
            out.println(result.total() == 0 ? "no " + kind() + " in " + state.fileName()
                    : "no " + kind() + " match (" + result.total() + " in " + state.fileName() + ")");
        }
        for (StateLists.Entry e : result.entries()) {
            out.println(e.line() + ": " + line(e));
        }
        if (result.undated() > 0) {
            out.println("(" + result.undated() + " without a date left out by --since)");
        }
        return ExitCodes.OK;
    }
}
