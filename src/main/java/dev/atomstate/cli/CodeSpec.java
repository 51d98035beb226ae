package dev.atomstate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * picocli's model of a command written in code, for the root and the commands hooks run on every prompt (status,
 * check, decide): read from annotations, a model costs a cold run reflection over the command's fields and an
 * annotation proxy per annotation type — about as long as reading and checking the file. The commands built here say
 * the same as annotations would (CodeSpecTest compares their help with picocli's reading of the same declarations);
 * every other command keeps its annotations and is read only when it runs.
 */
final class CodeSpec {
    private CodeSpec() {
    }

    /** Makes the objects picocli asks for (the collection of a multi-value parameter) without loading its default factory. */
    static final CommandLine.IFactory FACTORY = new CommandLine.IFactory() {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == java.util.List.class || cls == java.util.Collection.class) {
                return cls.cast(new java.util.ArrayList<>());
            }
            return CommandLine.defaultFactory().create(cls);
        }
    };

    /** A command named {@code name} run by {@code command}, with -h/--help and -V/--version as mixinStandardHelpOptions gives them. */
    static CommandSpec command(Object command, String name, String description, String... footer) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command, FACTORY).name(name);
        spec.usageMessage().description(description).footer(footer);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
        return spec;
    }

    /** A flag (no value), written into the command by {@code set}. */
    static OptionSpec.Builder flag(String[] names, String description, Supplier<Boolean> get, Consumer<Boolean> set) {
        Binding<Boolean> b = binding(get, set);
        return OptionSpec.builder(names).type(boolean.class).description(description).initialValue(false).hasInitialValue(true)
                .getter(b).setter(b);
    }

    /** An option with a value of {@code type} and its {@code label} in help. */
    static <T> OptionSpec.Builder option(String[] names, String label, Class<T> type, String description, Supplier<T> get, Consumer<T> set) {
        Binding<T> b = binding(get, set);
        // the field's value when the model is made is its initial value, as picocli takes it from an annotated field
        return OptionSpec.builder(names).paramLabel(label).type(type).description(description).getter(b).setter(b)
                .initialValue(get.get()).hasInitialValue(true);
    }

    /** A positional parameter; {@code field} is its name where a schema needs one (the MCP tools' arguments). */
    static <T> PositionalParamSpec.Builder positional(String field, String label, Class<T> type, String description, Supplier<T> get,
                                                      Consumer<T> set) {
        Binding<T> b = binding(get, set);
        return PositionalParamSpec.builder().userObject(field).paramLabel(label).type(type).description(description).getter(b).setter(b)
                .initialValue(get.get()).hasInitialValue(true);
    }

    static <T> Binding<T> binding(Supplier<T> get, Consumer<T> set) {
        return new Binding<>(get, set);
    }

    /** Where picocli reads and writes an option's value: the command's own field, through two lambdas. */
    static final class Binding<T> implements IGetter, ISetter {
        private final Supplier<T> get;
        private final Consumer<T> set;

        Binding(Supplier<T> get, Consumer<T> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get() {
            return (V) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V set(V value) {
            V old = (V) get.get();
            set.accept((T) value);
            return old;
        }
    }
}
