package dev.atomstate.render;

import java.util.List;

/**
 * A command as help, {@code help --json} and the completion scripts show it, built by the command line from its own model
 * (so the texts are the ones its options were declared with). {@code path} starts with the program's name
 * ({@code [atomstate, todo, add]}); {@code options} are the command's own (the root's are the global options every command
 * takes); {@code writes}: the command (or one of its subcommands) can write a file, so --dry-run applies to it.
 */
public record CommandDoc(List<String> path, String header, List<String> description, List<Param> params, List<Option> options,
                         List<CommandDoc> subcommands, List<String> footer, boolean writes) {

    /**
     * An option: its names ({@code -f}, {@code --file}), the label of its value (null for a flag), its description, the
     * values it takes when they are a fixed set, and whether the value is a path.
     */
    public record Option(List<String> names, String label, String description, List<String> values, boolean path, boolean required) {
        public String longestName() {
            return names.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        }

        public String shortestName() {
            return names.stream().min(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        }
    }

    /** A positional parameter; {@code repeats}: it takes several values ({@code PATH...}). */
    public record Param(String label, boolean optional, boolean repeats, String description, List<String> values, boolean path) {
    }

    /** The commands of the root's help, under one heading each (the README's command index). */
    public record Group(String title, List<String> commands) {
    }

    public String name() {
        return path.get(path.size() - 1);
    }

    /** {@code atomstate todo add} */
    public String commandLine() {
        return String.join(" ", path);
    }

    public CommandDoc subcommand(String name) {
        return subcommands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
