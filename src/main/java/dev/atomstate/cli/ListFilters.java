package dev.atomstate.cli;

import picocli.CommandLine.Option;

/** The filters the list commands share (decisions, blockers, todos, history): a picocli mixin. */
final class ListFilters {
    @Option(names = "--phase", paramLabel = "N", description = "Only entries of (or naming) phase N; numeric, so 3 matches 03.")
    String phase;

    @Option(names = "--since", paramLabel = "DATE", description = "Only entries dated DATE (YYYY-MM-DD) or later; entries without a date are left out.")
    String since;

    @Option(names = "--last", paramLabel = "N", description = "Only the last N entries (after the other filters).")
    Integer last;
}
