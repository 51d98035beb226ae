package dev.atomstate.mcp;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool's arguments, derived from picocli's model of its command: one property per option and positional
 * parameter (inherited root options left out, {@code dry_run} added for writers), typed and described as the
 * CLI defines them. Turns a tool call's arguments back into the command line the CLI parses, so the CLI stays
 * the one place that validates them.
 */
final class ToolInput {
    enum Type { STRING, INTEGER, BOOLEAN, STRINGS }

    /** One property: its JSON name, the option it becomes ({@code null} for a positional) and its JSON Schema. */
    record Param(String name, String option, Type type, boolean required, Map<String, Object> schema) {
    }

    private final List<Param> params;

    private ToolInput(List<Param> params) {
        this.params = params;
    }

    /** {@code hidden}: option names the tool leaves out (e.g. {@code --format}, since a tool always answers JSON). */
    static ToolInput of(CommandSpec command, CommandSpec root, boolean writes, Set<String> hidden) {
        List<Param> params = new ArrayList<>();
        for (PositionalParamSpec p : command.positionalParameters()) {
            params.add(param(jsonName(fieldName(p, p.paramLabel())), null, p, p.arity().min() > 0));
        }
        for (OptionSpec o : command.options()) {
            if (o.usageHelp() || o.versionHelp() || o.inherited() || o.hidden() || hidden.contains(o.longestName())) {
                continue;
            }
            params.add(param(jsonName(o.longestName()), o.longestName(), o, o.required()));
        }
        if (writes) {
            OptionSpec dryRun = root.findOption("--dry-run");
            params.add(param("dry_run", "--dry-run", dryRun, false));
        }
        return new ToolInput(List.copyOf(params));
    }

    List<Param> params() {
        return params;
    }

    /** The input schema: an object with exactly these properties. */
    Map<String, Object> schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Param p : params) {
            properties.put(p.name(), p.schema());
            if (p.required()) {
                required.add(p.name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    /**
     * The command line for {@code arguments}: options in their attached form ({@code --rationale=--force} stays a
     * value) and positionals after {@code --}, so no text an agent passes can turn into an option.
     */
    List<String> toArgs(Map<String, Object> arguments) {
        Map<String, Object> given = arguments == null ? Map.of() : arguments;
        for (String key : given.keySet()) {
            if (params.stream().noneMatch(p -> p.name().equals(key))) {
                throw new IllegalArgumentException("unknown argument '" + key + "'; this tool takes " + names());
            }
        }
        List<String> options = new ArrayList<>();
        List<String> positionals = new ArrayList<>();
        for (Param p : params) {
            Object value = given.get(p.name());
            if (value == null) {
                continue;
            }
            List<String> target = p.option() == null ? positionals : options;
            switch (p.type()) {
                case BOOLEAN -> {
                    if (!(value instanceof Boolean b)) {
                        throw new IllegalArgumentException("argument '" + p.name() + "' must be true or false, not " + describe(value));
                    }
                    if (b) {
                        target.add(p.option());
                    }
                }
                case STRINGS -> {
                    for (Object item : value instanceof List<?> list ? list : List.of(value)) {
                        target.add(p.option() == null ? text(p, item) : p.option() + "=" + text(p, item));
                    }
                }
                default -> target.add(p.option() == null ? text(p, value) : p.option() + "=" + text(p, value));
            }
        }
        List<String> args = new ArrayList<>(options);
        if (!positionals.isEmpty()) {
            args.add("--");
            args.addAll(positionals);
        }
        return args;
    }

    private String names() {
        return String.join(", ", params.stream().map(Param::name).toList());
    }

    private static String text(Param p, Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : n.toString();
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        throw new IllegalArgumentException("argument '" + p.name() + "' must be " + (p.type() == Type.INTEGER ? "a whole number" : "text")
                + ", not " + describe(value));
    }

    private static String describe(Object value) {
        return value instanceof Map ? "an object" : value instanceof List ? "a list" : value instanceof String ? "text" : String.valueOf(value);
    }

    private static Param param(String name, String option, ArgSpec arg, boolean required) {
        Type type = type(arg);
        Map<String, Object> schema = new LinkedHashMap<>();
        switch (type) {
            case BOOLEAN -> schema.put("type", "boolean");
            case INTEGER -> schema.put("type", "integer");
            case STRINGS -> {
                schema.put("type", "array");
                schema.put("items", Map.of("type", "string"));
            }
            default -> schema.put("type", "string");
        }
        List<String> choices = choices(arg);
        if (!choices.isEmpty()) {
            schema.put("enum", choices);
        }
        String description = String.join(" ", arg.description()).strip();
        if (!description.isEmpty()) {
            schema.put("description", description);
        }
        if (arg.defaultValue() != null && type != Type.STRINGS) {
            schema.put("default", type == Type.INTEGER ? (Object) Long.parseLong(arg.defaultValue()) : arg.defaultValue());
        }
        return new Param(name, option, type, required, schema);
    }

    private static Type type(ArgSpec arg) {
        if (arg.isMultiValue()) {
            return Type.STRINGS;
        }
        Class<?> t = arg.type();
        if ((t == boolean.class || t == Boolean.class) && arg.arity().max() == 0) {
            return Type.BOOLEAN;
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            return Type.INTEGER;
        }
        return Type.STRING;
    }

    private static List<String> choices(ArgSpec arg) {
        List<String> out = new ArrayList<>();
        if (arg.type().isEnum() && arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(out::add);
        }
        return out;
    }

    private static String fieldName(ArgSpec arg, String fallback) {
        return arg.userObject() instanceof java.lang.reflect.Field f ? f.getName() : fallback.toLowerCase(java.util.Locale.ROOT);
    }

    /** {@code --stopped-at} → {@code stopped_at}, {@code resumeFile} → {@code resume_file}. */
    static String jsonName(String name) {
        String bare = name.replaceFirst("^-+", "").replace('-', '_');
        return bare.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
