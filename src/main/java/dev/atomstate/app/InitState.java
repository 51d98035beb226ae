package dev.atomstate.app;

import dev.atomstate.config.Config;
import dev.atomstate.edit.Styles;
import dev.atomstate.model.AtomstateException;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * init: the text of a new STATE.md — GSD's template layout ({@code gsd}: plain "Phase: 1" fields) or bold
 * fields ({@code bold}: "**Current Phase:** 1") — that check finds clean and every command can work on. Dates,
 * the decisions layout and the progress bar follow the configuration where it sets them.
 */
public final class InitState {
    private InitState() {
    }

    public static String render(String project, String template, Config config, ZonedDateTime now) {
        String t = template == null ? "gsd" : template.toLowerCase(Locale.ROOT);
        if (!t.equals("gsd") && !t.equals("bold")) {
            throw AtomstateException.usage("--template '" + template + "' is not known; use gsd or bold");
        }
        String name = project == null ? null : UserText.oneLine("--project", project);
        String date = format(now, config.dateFormat(), "yyyy-MM-dd");
        String time = date + " " + format(now, config.timeFormat(), "HH:mm");
        int cells = config.barWidth() == null ? 10 : Math.max(1, Math.min(config.barWidth(), 60));
        String bar = "[" + Styles.bar(cells, 0, config.barFilled(), config.barEmpty() == null ? "░" : config.barEmpty()) + "]";
        boolean bold = t.equals("bold");
        // a counter, progress counts and a per-plan metrics table, as GSD's template has them: begin-phase --plans, complete-plan
        // and metric then have something to count on (0 of 0 until the phase is planned)
        String plan = "0 of 0 in current phase";
        String progress = bar + " 0% (0/0 plans)";
        StringBuilder sb = new StringBuilder();
        sb.append(name == null ? "# Project State" : "# " + name + " — Project State").append("\n\n");
        if (bold) {
            sb.append(field(true, "Current Phase", "1"))
                    .append(field(true, "Current Plan", plan))
                    .append(field(true, "Status", "Ready to plan"))
                    .append(field(true, "Last Activity", date + " — Project initialized"))
                    .append(field(true, "Progress", progress)).append("\n")
                    .append("## Project Reference\n\nSee: .planning/PROJECT.md (updated ").append(date).append(")\n\n")
                    .append(field(true, "Current Focus", "Phase 1")).append("\n");
        } else {
            sb.append("## Project Reference\n\nSee: .planning/PROJECT.md (updated ").append(date).append(")\n\n")
                    .append("**Core value:** ").append(name == null ? "(what must work, in one sentence)" : name + " — what must work, in one sentence").append("\n")
                    .append("**Current focus:** Phase 1\n\n")
                    .append("## Current Position\n\n")
                    .append("Phase: 1\nPlan: ").append(plan).append("\nStatus: Ready to plan\n")
                    .append("Last activity: ").append(date).append(" — Project initialized\n\n")
                    .append("Progress: ").append(progress).append("\n\n");
        }
        sb.append("## Performance Metrics\n\n**Velocity:**\n- Total plans completed: 0\n- Average duration: 0 min\n- Total execution time: 0 min\n\n")
                .append("*Updated after each plan completion*\n\n")
                .append("| Plan | Duration | Tasks | Files |\n|------|----------|-------|-------|\n| None yet | - | - | - |\n\n");
        String h = "### ";
        sb.append(bold ? "## Decisions and Context\n\n" : "## Accumulated Context\n\n");
        sb.append(h).append("Decisions\n\n");
        if ("table".equalsIgnoreCase(config.decisionStyle())) {
            sb.append("| Phase | Decision | Rationale |\n|-------|----------|-----------|\n\n");
        } else {
            sb.append("None yet.\n\n");
        }
        sb.append(h).append(bold ? "Todos" : "Pending Todos").append("\n\nNone yet.\n\n");
        sb.append(h).append(bold ? "Blockers" : "Blockers/Concerns").append("\n\nNone yet.\n\n");
        sb.append(bold ? "## Session\n\n" : "## Session Continuity\n\n")
                .append(field(bold, bold ? "Last Session" : "Last session", time))
                .append(field(bold, bold ? "Stopped At" : "Stopped at", "Project initialized"))
                .append(field(bold, bold ? "Resume File" : "Resume file", "None"));
        return sb.toString();
    }

    private static String field(boolean bold, String key, String value) {
        return (bold ? "**" + key + ":** " : key + ": ") + value + "\n";
    }

    private static String format(ZonedDateTime now, String pattern, String fallback) {
        try {
            return now.format(DateTimeFormatter.ofPattern(pattern == null ? fallback : pattern, Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw AtomstateException.usage("the configured date or time format '" + pattern + "' is not a java.time pattern");
        }
    }
}
