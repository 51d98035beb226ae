package dev.atomstate.query.worklog;

import dev.atomstate.model.AtomstateException;
import dev.atomstate.parse.worklog.ParsedEntry;
import dev.atomstate.parse.worklog.ParsedWorklog;

import java.util.List;

/** Picking entries the way the log commands name them: 1-based in file order, or "latest". */
public final class Entries {
    private Entries() {
    }

    /** The newest entry: at the top of a newest-first file, else at the bottom; null when there is none. */
    public static ParsedEntry newest(ParsedWorklog w) {
        List<ParsedEntry> e = w.entries();
        if (e.isEmpty()) {
            return null;
        }
        return w.layout().newestFirst() ? e.get(0) : e.get(e.size() - 1);
    }

    /** Entry {@code which} ("3" or "latest"), refusing numbers outside the log. */
    public static ParsedEntry pick(ParsedWorklog w, String which) {
        if (w.entries().isEmpty()) {
            throw AtomstateException.refused(w.fileName() + ": has no entries yet; add one with 'atomstate log add --objective TEXT'");
        }
        if (which.equalsIgnoreCase("latest") || which.equalsIgnoreCase("last")) {
            return newest(w);
        }
        if (!which.matches("\\d{1,6}")) {
            throw AtomstateException.usage("'" + which + "' is not an entry number; use a number from 'atomstate log list' or 'latest'");
        }
        int n = Integer.parseInt(which);
        if (n < 1 || n > w.entries().size()) {
            throw AtomstateException.refused(w.fileName() + ": there is no entry " + n + "; the log has " + w.entries().size()
                    + (w.entries().size() == 1 ? " entry" : " entries") + " (see 'atomstate log list')");
        }
        return w.entries().get(n - 1);
    }

    /** The 1-based number of {@code e} in file order. */
    public static int number(ParsedWorklog w, ParsedEntry e) {
        // by identity: a record's equals is bootstrapped through method handles, which costs a hook's start-up
        // tens of milliseconds, and the entries of one parse are distinct objects anyway
        List<ParsedEntry> entries = w.entries();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == e) {
                return i + 1;
            }
        }
        return 0;
    }
}
