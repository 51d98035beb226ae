package dev.atomstate.render;


import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long ago a date was, in the words a person uses ("today", "2 days ago", "3 weeks ago"), counted in days from the
 * run's clock ({@code --now}): times and zones are too often missing from the files to count hours.
 */
final class RelativeAge {
    private RelativeAge() {
    }


    /** "today", "yesterday", "5 days ago", "3 weeks ago", "4 months ago", "2 years ago", "tomorrow", "in 3 days". */
    static String of(LocalDate date, LocalDate today) {
        long days = ChronoUnit.DAYS.between(date, today);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days == -1) {
            return "tomorrow";
        }
        if (days < 0) {
            return "in " + (-days) + " days";
        }
        if (days < 14) {
            return days + " days ago";
        }
        if (days < 60) {
            return (days / 7) + " weeks ago";
        }
        if (days < 730) {
            return (days / 30) + " months ago";
        }
        return (days / 365) + " years ago";
    }
}
