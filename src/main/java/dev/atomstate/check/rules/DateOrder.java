package dev.atomstate.check.rules;

import dev.atomstate.check.CheckContext;
import dev.atomstate.model.Today;
import dev.atomstate.check.Rule;
import dev.atomstate.check.Severity;
import dev.atomstate.model.StateModel;
import dev.atomstate.parse.DateForms;
import dev.atomstate.parse.FrontmatterBlock;
import dev.atomstate.parse.ParsedState;

import java.time.LocalDate;

/**
 * Dates that cannot be right: a session recorded before the last activity (the session note was not updated),
 * or a date after today (a typo, or a clock the agent made up). Days only: times and zones are too often absent.
 */
public final class DateOrder implements Rule {

    @Override
    public String id() {
        return "date-order";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "a session dated before the last activity, or a date in the future";
    }

    @Override
    public String explanation() {
        return "Dates that cannot be right: \"Last session\" dated before \"Last activity\" (the session note "
                + "was not updated), or Last activity, Last session or frontmatter last_updated / last_activity "
                + "after today (one day of slack for time zones; today is --now or ATOMSTATE_NOW when given).";
    }

    @Override
    public String fix() {
        return "Correct the date; 'atomstate session' writes Last session as now.";
    }

    @Override
    public void check(ParsedState state, Findings out) {
        check(state, CheckContext.DEFAULT, out);
    }

    @Override
    public void check(ParsedState state, CheckContext context, Findings out) {
        StateModel.Activity activity = state.model().position().lastActivity();
        StateModel.Located session = state.model().session().lastSession();
        LocalDate activityDate = activity == null ? null : DateForms.leadingDate(activity.raw());
        LocalDate sessionDate = session == null ? null : DateForms.leadingDate(session.text());
        if (activityDate != null && sessionDate != null && sessionDate.isBefore(activityDate)) {
            out.add(session.line(), 1, "Last session is " + sessionDate + " but Last activity (line " + activity.line() + ") is "
                    + activityDate + "; update Last session when you record activity");
        }
        Today today = context.today();
        if (today == null) {
            return;
        }
        // one day of slack: the file may be written in a time zone ahead of the clock that checks it. A date no later
        // than the earliest today can be, plus that day, is never reported, so the exact day (the time zone's data)
        // is looked up only for a date beyond it
        LocalDate never = today.earliest().plusDays(1);
        future(activityDate, activity == null ? 0 : activity.line(), "Last activity", never, today, out);
        future(sessionDate, session == null ? 0 : session.line(), "Last session", never, today, out);
        if (!state.doc().frontmatter().isEmpty()) {
            FrontmatterBlock fm = state.doc().frontmatter().get(0);
            for (String key : new String[] {"last_updated", "last_activity"}) {
                FrontmatterBlock.Entry e = fm.entry(key);
                if (e != null) {
                    future(DateForms.leadingDate(e.unquoted()), e.line() + 1, "frontmatter " + key, never, today, out);
                }
            }
        }
    }

    private static void future(LocalDate date, int line, String what, LocalDate never, Today today, Findings out) {
        if (date == null || !date.isAfter(never)) {
            return;
        }
        LocalDate exact = today.exact();
        if (date.isAfter(exact.plusDays(1))) {
            out.add(line, 1, what + " is " + date + ", after today (" + exact + "); correct the date");
        }
    }

}
