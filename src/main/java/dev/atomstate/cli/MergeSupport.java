package dev.atomstate.cli;

import dev.atomstate.io.Discovery;
import dev.atomstate.render.Messages;
import dev.atomstate.app.merge.Decision;
import dev.atomstate.app.merge.ThreeWayMerge;
import dev.atomstate.parse.StateParser;
import dev.atomstate.parse.worklog.WorklogParser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What merge-driver and resolve share: which kind of merge a file gets, and how its decisions are shown. */
final class MergeSupport {
    private MergeSupport() {
    }

    /** A worklog by name (or the configured one), a state file by name or by having a position, else plain lines. */
    static ThreeWayMerge.Kind kind(Invocation inv, Path named, String ours) {
        if (named != null && Discovery.isWorklog(named, inv.namedWorklog())) {
            return ThreeWayMerge.Kind.WORKLOG;
        }
        if (named != null && named.getFileName() != null && named.getFileName().toString().equalsIgnoreCase("STATE.md")) {
            return ThreeWayMerge.Kind.STATE;
        }
        var pos = StateParser.parse("", ours).model().position();
        if (pos.phase() != null || pos.plan() != null || pos.status() != null) {
            return ThreeWayMerge.Kind.STATE;
        }
        return WorklogParser.parse("", ours).entries().isEmpty() ? ThreeWayMerge.Kind.LINES : ThreeWayMerge.Kind.WORKLOG;
    }

    /** One line per decision, "  part: outcome — why" (or "  part: outcome 'value' — why"), control characters escaped. */
    static List<String> lines(List<Decision> decisions) {
        List<String> out = new ArrayList<>();
        for (Decision d : decisions) {
            String sep = d.detail().startsWith("'") || d.detail().startsWith("(") ? " " : " — ";
            out.add("  " + Messages.oneLine(d.part() + ": " + d.outcome() + sep + d.detail()));
        }
        return out;
    }

    static List<Object> json(List<Decision> decisions) {
        List<Object> out = new ArrayList<>();
        for (Decision d : decisions) {
            out.add(Map.of("part", d.part(), "outcome", d.outcome(), "detail", d.detail()));
        }
        return out;
    }

    static String kindName(ThreeWayMerge.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
