package dev.atomstate.app;

import dev.atomstate.edit.Replacer;
import dev.atomstate.parse.Durations;
import dev.atomstate.parse.Field;
import dev.atomstate.parse.ParsedState;
import dev.atomstate.parse.PlaceholderText;
import dev.atomstate.parse.Span;
import dev.atomstate.parse.VelocityForms;

import java.util.List;

/**
 * The velocity totals: "Total plans completed: 16" counts one more, "Total execution time: 143 min" adds the
 * duration, "Average duration: 9 min" is recomputed from the two. A value labelled for another milestone
 * ("200 (v1.0)" while v2.0 is current) or written as an estimate is left alone.
 */
final class Velocity {
    private Velocity() {
    }

    static void apply(ParsedState ps, Double minutes, Replacer out, List<String> notes) {
        String text = ps.text();
        Field countField = ps.handles().totalPlans();
        Integer newCount = null;
        if (countField != null) {
            VelocityForms.Count c = VelocityForms.count(countField.value(text));
            if (c != null && !c.labelled() && !c.fraction()) {
                newCount = Integer.parseInt(c.number()) + 1;
                out.replace(new Span(countField.value().start(), countField.value().start() + c.number().length()),
                        Integer.toString(newCount), "total plans completed → " + newCount);
            }
        }
        Field timeField = ps.handles().totalTime();
        Double totalMinutes = null;
        if (minutes != null && timeField != null) {
            VelocityForms.Time t = VelocityForms.time(timeField.value(text));
            if (t != null && !t.labelled()) {
                double old = Double.parseDouble(t.number());
                boolean hours = t.unit().startsWith("h");
                double value = hours ? old + minutes / 60.0 : old + minutes;
                // whole hours ("0 hours", the template's) would round a plan's minutes away: one decimal, as GSD writes
                String formatted = format(value, hours && !t.number().contains(".") ? t.number() + ".0" : t.number());
                totalMinutes = hours ? value * 60 : value;
                out.replace(new Span(timeField.value().start(), timeField.value().start() + t.number().length()),
                        formatted, "total execution time → " + formatted + " " + t.unit());
            }
        }
        Field avgField = ps.handles().averageDuration();
        if (avgField != null && totalMinutes != null && newCount != null && newCount > 0) {
            VelocityForms.Time t = VelocityForms.time(avgField.value(text));
            if (t != null && t.unit().startsWith("m") && Durations.minutes(t.number() + " " + t.unit()) != null) {
                String formatted = format(totalMinutes / newCount, t.number());
                out.replace(new Span(avgField.value().start(), avgField.value().start() + t.number().length()),
                        formatted, "average duration → " + formatted + " " + t.unit());
            } else if (t == null && !avgField.value(text).isBlank() && PlaceholderText.isEmptyCell(avgField.value(text).strip())) {
                // the template's "-": the first average, in minutes as the metrics rows write durations
                String formatted = Math.round(totalMinutes / newCount) + " min";
                out.replace(avgField.value(), formatted, "average duration → " + formatted);
            }
        }
    }

    private static String format(double value, String example) {
        int dot = example.indexOf('.');
        if (dot < 0) {
            return Long.toString(Math.round(value));
        }
        return dev.atomstate.model.Decimals.rounded(value, example.length() - dot - 1, java.math.RoundingMode.HALF_UP);
    }
}
