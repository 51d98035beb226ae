package dev.atomstate.check.worklog;

import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.WorklogEntry;
import dev.atomstate.model.WorklogStatus;
import dev.atomstate.parse.ParseProblem;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedWorklog;
import dev.atomstate.parse.worklog.Timestamp;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The worklog rules: order, duplicates, stale in-progress entries, entries without results. */
final class WorklogRules {
    private WorklogRules() {
    }

    static List<WorklogRule> all() {
        return List.of(new Order(), new Duplicate(), new StaleInProgress(), new NoResults(),
                new Reading("worklog-timestamp", "a heading that looks like an entry's but whose date cannot be read or is ambiguous",
                        "A heading that looks like an entry's but whose date cannot be read, or a slash date the file "
                            + "cannot tell month-first from day-first (\"03/04/2026\" with no other date to decide): the date "
                            + "is not guessed, and the entry is not read.",
                        "Write the date unambiguously, best as ISO-8601 (\"2026-04-03 14:05 UTC\")."),
                new Reading("worklog-no-entries", "a worklog with no timestamped entry",
                        "The file is read as a worklog (by its name, or --worklog / worklog: in .atomstate.yml) but has "
                            + "no timestamped entry: no heading or line starts with a date atomstate can read.",
                        "Start each entry with a dated heading (\"## 2026-04-03 14:05 UTC\"), or point --worklog at the "
                            + "right file; 'atomstate log add' writes one in the seed's layout."));
    }

    /**
     * What the parser could not read, reported under the parser's own rule id: the rule only names it, so that it is listed,
     * explained and configured like the others.
     */
    record Reading(String id, String description, String explanation, String fix) implements WorklogRule {
        @Override
        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        @Override
        public void check(ParsedWorklog w, Context ctx, Rule.Findings out) {
            for (ParseProblem p : w.problems()) {
                if (p.rule().equals(id)) {
                    out.add(p.line(), p.column(), p.message());
                }
            }
        }
    }

    private static String when(WorklogEntry e) {
        return e.timestampText() == null ? "line " + e.line() : e.timestampText();
    }

    /** An entry dated against the file's direction (newest last, or newest first). */
    static final class Order implements WorklogRule {
        public String id() {
            return "worklog-order";
        }

        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        public String description() {
            return "an entry's timestamp goes against the order of the others (newest last or newest first)";
        }

        public String explanation() {
            return "A worklog entry's timestamp goes against the direction of the others (newest last, or newest "
                    + "first, as the file's dates show); a time inside the previous entry's range is fine.";
        }

        public String fix() {
            return "Move the entry to its place, or correct its timestamp.";
        }

        public void check(ParsedWorklog w, Context ctx, Rule.Findings out) {
            ParsedEntry prev = null;
            for (ParsedEntry e : w.entries()) {
                if (e.timestamp() == null || e.timestamp().date() == null) {
                    continue;
                }
                if (prev != null) {
                    int c = e.timestamp().compareMoment(prev.timestamp());
                    if ((w.layout().newestFirst() ? c > 0 : c < 0) && !withinRange(e.timestamp(), prev.timestamp())) {
                        out.add(e.entry().line(), 1, "entry " + when(e.entry()) + " comes " + (w.layout().newestFirst() ? "below" : "after")
                                + " the entry " + when(prev.entry()) + " (line " + prev.entry().line() + ") but is "
                                + (c > 0 ? "later" : "earlier") + "; this log puts its newest entries " + (w.layout().newestFirst() ? "first" : "last")
                                + ": move the entry or fix its date");
                    }
                }
                prev = e;
            }
        }
    }

    /** A time inside the previous entry's range ("09:30" under "09:00-10:00") is part of it, not out of order. */
    private static boolean withinRange(Timestamp t, Timestamp range) {
        return range.endTime() != null && t.time() != null && t.date().equals(range.date())
                && !t.time().isBefore(range.time()) && !t.time().isAfter(range.endTime());
    }

    /** The same entry twice: same timestamp, same objective, same text. */
    static final class Duplicate implements WorklogRule {
        public String id() {
            return "worklog-duplicate";
        }

        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        public String description() {
            return "an entry repeats another one (same timestamp, objective and text)";
        }

        public String explanation() {
            return "An entry repeats another one: same timestamp, objective and text.";
        }

        public String fix() {
            return "Delete the repeat; 'atomstate log add' does not add the newest entry's objective twice.";
        }

        public void check(ParsedWorklog w, Context ctx, Rule.Findings out) {
            Map<String, ParsedEntry> seen = new HashMap<>();
            for (ParsedEntry e : w.entries()) {
                if (e.entry().timestamp() == null) {
                    continue;
                }
                StringBuilder body = new StringBuilder();
                for (int i = e.firstLine() + 1; i <= e.lastContentLine(); i++) {
                    body.append(w.doc().line(i).content().strip()).append('\n');
                }
                String key = e.entry().timestamp() + "\u0000" + e.entry().objective() + "\u0000" + body.toString().replaceAll("\\s+", " ").strip();
                ParsedEntry first = seen.putIfAbsent(key, e);
                if (first != null) {
                    out.add(e.entry().line(), 1, "entry " + when(e.entry()) + " repeats the entry at line " + first.entry().line()
                            + " word for word; delete one of them");
                }
            }
        }
    }

    /** Still "in progress" although later entries exist, and older than check.worklog-stale-after. */
    static final class StaleInProgress implements WorklogRule {
        public String id() {
            return "worklog-stale";
        }

        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        public String description() {
            return "an entry still says in progress while later entries exist and it is older than check.worklog-stale-after (P7D)";
        }

        public String explanation() {
            return "An entry still says in progress while later entries exist, and it is older than "
                    + "check.worklog-stale-after (default P7D, measured from --now): the work was finished or dropped "
                    + "and the entry never says which.";
        }

        public String fix() {
            return "Record its outcome: 'atomstate log result N TEXT --status completed' (or blocked).";
        }

        public void check(ParsedWorklog w, Context ctx, Rule.Findings out) {
            LocalDateTime cutoff = ctx.now().withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime().minus(ctx.staleAfter());
            List<ParsedEntry> entries = w.entries();
            for (int i = 0; i < entries.size(); i++) {
                ParsedEntry e = entries.get(i);
                Timestamp t = e.timestamp();
                if (e.entry().status() != WorklogStatus.IN_PROGRESS || t == null || t.date() == null || !t.sortKey().isBefore(cutoff)) {
                    continue;
                }
                long later = entries.stream().filter(o -> o.timestamp() != null && o.timestamp().date() != null
                        && o.timestamp().compareMoment(t) > 0).count();
                if (later > 0) {
                    out.add(e.entry().line(), 1, "entry " + when(e.entry()) + " still says in progress, " + later
                            + (later == 1 ? " later entry exists" : " later entries exist") + " and it is older than " + ctx.staleAfter().toDays()
                            + " days; record how it ended: atomstate log result " + (i + 1) + " TEXT --status completed");
                }
            }
        }
    }

    private static String age(WorklogRule.Context ctx) {
        long days = ctx.staleAfter().toDays();
        long hours = ctx.staleAfter().toHours();
        return days >= 1 && hours % 24 == 0 ? days + (days == 1 ? " day" : " days") : hours + (hours == 1 ? " hour" : " hours");
    }

    /** No results where the log's other entries have them (the newest entry may still be running). */
    static final class NoResults implements WorklogRule {
        public String id() {
            return "worklog-no-results";
        }

        public Severity defaultSeverity() {
            return Severity.WARNING;
        }

        public String description() {
            return "an entry has no results while most of the log's entries record theirs (the newest entry is exempt)";
        }

        public String explanation() {
            return "An entry has no results while most of the log's entries record theirs; the newest entry is "
                    + "exempt, since it may still be under way.";
        }

        public String fix() {
            return "Add what came of it: 'atomstate log result N TEXT'.";
        }

        public void check(ParsedWorklog w, Context ctx, Rule.Findings out) {
            List<ParsedEntry> entries = w.entries();
            long withResults = entries.stream().filter(e -> e.resultsLine() >= 0).count();
            if (withResults < 2 || withResults * 2 <= entries.size()) {
                return; // a log that does not keep results as a habit is not missing them
            }
            ParsedEntry newest = dev.atomstate.query.worklog.Entries.newest(w);
            for (int i = 0; i < entries.size(); i++) {
                ParsedEntry e = entries.get(i);
                if (e != newest && e.entry().results() == null) {
                    out.add(e.entry().line(), 1, "entry " + when(e.entry()) + " has no results; record them: atomstate log result "
                            + (i + 1) + " TEXT");
                }
            }
        }
    }
}
