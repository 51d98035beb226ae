package dev.atomstate.mcp;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool's arguments, derived from the command as the CLI defines it ({@link McpHost#command}): one property per
 * option and positional parameter ({@code dry_run} added for writers), typed and described as the CLI defines them. Turns a tool call's arguments back into the command line the CLI parses, so the CLI stays
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
    static ToolInput of(McpHost.CommandShape command, boolean writes, Set<String> hidden) {
        List<Param> params = new ArrayList<>();
        for (McpHost.Arg a : command.args()) {
            if (a.option() == null || !hidden.contains(a.option())) {
                params.add(param(jsonName(a.option() == null ? a.name() : a.option()), a));
            }
        }
        if (writes && command.dryRun() != null) {
            params.add(new Param("dry_run", "--dry-run", Type.BOOLEAN, false, param("dry_run", command.dryRun()).schema()));
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

    private static Param param(String name, McpHost.Arg arg) {
        Type type = Type.valueOf(arg.kind().name());
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
        if (!arg.choices().isEmpty()) {
            schema.put("enum", arg.choices());
        }
        if (arg.description() != null && !arg.description().isBlank()) {
            schema.put("description", arg.description());
        }
        if (arg.defaultValue() != null && type != Type.STRINGS) {
            schema.put("default", type == Type.INTEGER ? (Object) Long.parseLong(arg.defaultValue()) : arg.defaultValue());
        }
        return new Param(name, arg.option(), type, arg.required(), schema);
    }

    /** {@code --stopped-at} → {@code stopped_at}, {@code resumeFile} → {@code resume_file}. */
    static String jsonName(String name) {
        String bare = name.replaceFirst("^-+", "").replace('-', '_');
        return bare.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
