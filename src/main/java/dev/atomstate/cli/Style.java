package dev.atomstate.cli;

/** ANSI styling, or none: on only for a terminal without --no-color / NO_COLOR. */
final class Style {
    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    static Style of(RootCommand root) {
        boolean on = root.ctx.terminal() && !root.noColor && root.ctx.env().get("NO_COLOR") == null && !root.json;
        return new Style(on);
    }

    String bold(String s) {
        return on ? "\u001b[1m" + s + "\u001b[0m" : s;
    }

    String dim(String s) {
        return on ? "\u001b[2m" + s + "\u001b[0m" : s;
    }

    String warn(String s) {
        return on ? "\u001b[33m" + s + "\u001b[0m" : s;
    }

    String error(String s) {
        return on ? "\u001b[31m" + s + "\u001b[0m" : s;
    }
}
