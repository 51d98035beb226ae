package dev.atomstate.cli;

import dev.atomstate.parse.ParsedState;
import dev.atomstate.query.StateLists;
import picocli.CommandLine.Command;

import java.util.List;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the completed plans the file records: the \"Previous:\" chains under Status and Last activity and "
                + "the per-plan metrics rows, one entry per plan (with every place that names it), oldest first by plan id.",
        footer = {"", "Example:", "  atomstate history --last 5", "  atomstate history --phase 41 --json"})
final class HistoryCommand extends ListCommand {
    @Override
    String kind() {
        return "history";
    }

    @Override
    List<StateLists.Entry> entries(ParsedState state) {
        return StateLists.history(state);
    }

    @Override
    String line(StateLists.Entry e) {
        StringBuilder sb = new StringBuilder();
        Object plan = e.extra().get("plan");
        sb.append(plan == null ? "-" : plan);
        if (e.date() != null) {
            sb.append("  ").append(e.date());
        }
        if (e.extra().get("duration") != null) {
            sb.append("  ").append(e.extra().get("duration"));
        }
        if (e.text() != null) {
            String t = e.text();
            sb.append("  ").append(t.length() > 100 ? t.substring(0, 99) + "…" : t);
        }
        sb.append("  (").append(String.join(", ", sources(e))).append(")");
        return sb.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> sources(StateLists.Entry e) {
        return (List<String>) e.extra().get("sources");
    }
}
