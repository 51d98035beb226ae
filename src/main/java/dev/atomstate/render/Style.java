package dev.atomstate.render;

/** ANSI styling, or none: the command line turns it on only for a terminal without --no-color / NO_COLOR / --json. */
public final class Style {
    public static final Style NONE = new Style(false);

    private final boolean on;

    private Style(boolean on) {
        this.on = on;
    }

    public static Style of(boolean on) {
        return on ? new Style(true) : NONE;
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
