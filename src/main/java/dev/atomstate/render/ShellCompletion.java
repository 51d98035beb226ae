package dev.atomstate.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The completion scripts, to one contract for every shell: commands and their subcommands, options (a fixed set of
 * values where there is one, files where the value is a path), and — asked of the state file at the time of the TAB,
 * through the hidden {@code atomstate completion --candidates KIND} — plan ids and phase numbers where a command takes
 * them. bash and zsh get picocli's script (given) with a function in front of it for those dynamic words; fish gets a
 * script written here from the same model.
 */
public final class ShellCompletion {
    private ShellCompletion() {
    }

    /**
     * An argument completed from the state file: the first positional of {@code command} ({@code option} null), or the
     * value of {@code option}; {@code kind} is {@code plans}, {@code phases} or {@code commands} (the command names).
     */
    public record Dynamic(String command, String option, String kind) {
    }

    /** picocli's bash/zsh script with atomstate's dynamic words in front of its entry point. */
    public static String bash(String picocliScript, CommandDoc root, List<Dynamic> dynamic) {
        StringBuilder b = new StringBuilder(picocliScript);
        String groups = String.join(" ", root.subcommands().stream().filter(c -> !c.subcommands().isEmpty()).map(CommandDoc::name).toList());
        b.append("""

                # atomstate: plan ids, phase numbers and command names, completed from the state file at the time of the TAB
                # (the launcher typed is asked: '%s completion --candidates plans|phases'); everything else as above.
                function _atomstate_complete() {
                  local cur=${COMP_WORDS[COMP_CWORD]} prev="" i word cmd="" positional=0 kind="" file=()
                  [ "$COMP_CWORD" -gt 0 ] && prev=${COMP_WORDS[COMP_CWORD-1]}
                  for (( i = 1; i < COMP_CWORD; i++ )); do
                    word=${COMP_WORDS[i]}
                    case "$word" in
                      -f|--file) file=(--file "${COMP_WORDS[i+1]}"); (( i++ )); continue ;;
                      --file=*) file=("$word"); continue ;;
                      %s) (( i++ )); continue ;;
                      -*) continue ;;
                    esac
                    if [ -z "$cmd" ]; then
                      cmd=$word
                    elif [[ " %s " == *" $cmd "* ]]; then
                      cmd="$cmd $word"
                    else
                      (( positional++ ))
                    fi
                  done
                """.formatted(root.name(), String.join("|", valuedOptions(root)), groups));
        b.append("  case \"$cmd|$prev\" in\n");
        for (String kind : List.of("plans", "phases")) {
            List<String> cases = new ArrayList<>();
            for (Dynamic d : dynamic) {
                if (d.option() != null && d.kind().equals(kind)) {
                    cases.add("\"" + d.command() + "|" + d.option() + "\"");
                }
            }
            if (!cases.isEmpty()) {
                b.append("    ").append(String.join("|", cases)).append(") kind=").append(kind).append(" ;;\n");
            }
        }
        b.append("  esac\n");
        b.append("  if [ -z \"$kind\" ] && [ \"$positional\" -eq 0 ] && [[ \"$cur\" != -* ]]; then\n    case \"$cmd\" in\n");
        for (String kind : List.of("plans", "phases", "commands")) {
            List<String> cases = dynamic.stream().filter(d -> d.option() == null && d.kind().equals(kind)).map(d -> "\"" + d.command() + "\"").toList();
            if (!cases.isEmpty()) {
                b.append("      ").append(String.join("|", cases)).append(") kind=").append(kind).append(" ;;\n");
            }
        }
        b.append("    esac\n  fi\n");
        b.append("""
                  if [ -n "$kind" ]; then
                    local IFS=$'\\n' words
                    if [ "$kind" = commands ]; then
                      words=$'%s'
                    else
                      words=$("${COMP_WORDS[0]}" "${file[@]}" completion --candidates "$kind" 2>/dev/null)
                    fi
                    COMPREPLY=( $(compgen -W "$words" -- "$cur") )
                    return 0
                  fi
                  _complete_%s "$@"
                }
                complete -F _atomstate_complete -o default %s
                """.formatted(String.join("\\n", commandNames(root)), root.name(), root.name()));
        return b.toString();
    }

    /** The fish script: every command, subcommand and option of {@code root}, and the dynamic words. */
    public static String fish(CommandDoc root, List<Dynamic> dynamic) {
        String n = root.name();
        StringBuilder b = new StringBuilder();
        b.append("# fish completion for ").append(n).append(": '").append(n).append(" completion fish | source', or save it as\n")
                .append("# ~/.config/fish/completions/").append(n).append(".fish. Plan ids and phase numbers are read from the state\n")
                .append("# file at the time of the TAB ('").append(n).append(" completion --candidates plans|phases').\n\n");
        b.append("""
                function __%1$s_candidates
                    set -l tokens (commandline -opc)
                    set -l file
                    set -l count (count $tokens)
                    for i in (seq 2 $count)
                        switch $tokens[$i]
                            case -f --file
                                if test $i -lt $count
                                    set file --file $tokens[(math $i + 1)]
                                end
                            case '--file=*'
                                set file $tokens[$i]
                        end
                    end
                    $tokens[1] $file completion --candidates $argv[1] 2>/dev/null
                end

                complete -c %1$s -f
                """.formatted(n));
        for (CommandDoc.Option o : root.options()) {
            option(b, n, null, o, null);
        }
        for (CommandDoc c : root.subcommands()) {
            b.append('\n');
            b.append("complete -c ").append(n).append(" -n __fish_use_subcommand -a ").append(c.name())
                    .append(" -d ").append(quote(c.header())).append('\n');
            String seen = "__fish_seen_subcommand_from " + c.name();
            command(b, n, c, seen, c.name(), dynamic, commandNames(root));
            if (!c.subcommands().isEmpty()) {
                String names = String.join(" ", c.subcommands().stream().map(CommandDoc::name).toList());
                for (CommandDoc s : c.subcommands()) {
                    b.append("complete -c ").append(n).append(" -n ").append(quote(seen + "; and not __fish_seen_subcommand_from " + names))
                            .append(" -a ").append(s.name()).append(" -d ").append(quote(s.header())).append('\n');
                    command(b, n, s, seen + "; and __fish_seen_subcommand_from " + s.name(), c.name() + " " + s.name(), dynamic,
                            commandNames(root));
                }
            }
        }
        return b.toString();
    }

    private static void command(StringBuilder b, String n, CommandDoc c, String condition, String path, List<Dynamic> dynamic,
                                List<String> commands) {
        for (CommandDoc.Option o : c.options()) {
            if (o.names().contains("--version")) {
                continue;
            }
            Dynamic d = dynamic.stream().filter(x -> x.command().equals(path) && x.option() != null && o.names().contains(x.option()))
                    .findFirst().orElse(null);
            option(b, n, condition, o, d == null ? null : d.kind());
        }
        Dynamic first = dynamic.stream().filter(x -> x.command().equals(path) && x.option() == null).findFirst().orElse(null);
        if (first != null) {
            b.append("complete -c ").append(n).append(" -n ").append(quote(condition)).append(" -f -a ")
                    .append(first.kind().equals("commands") ? quote(String.join(" ", commands)) : quote("(__" + n + "_candidates " + first.kind() + ")"))
                    .append('\n');
        } else if (c.params().stream().anyMatch(CommandDoc.Param::path)) {
            b.append("complete -c ").append(n).append(" -n ").append(quote(condition)).append(" -F\n");
        } else {
            for (CommandDoc.Param p : c.params()) {
                if (!p.values().isEmpty()) {
                    b.append("complete -c ").append(n).append(" -n ").append(quote(condition)).append(" -f -a ")
                            .append(quote(String.join(" ", p.values()))).append('\n');
                }
            }
        }
    }

    private static void option(StringBuilder b, String n, String condition, CommandDoc.Option o, String dynamicKind) {
        b.append("complete -c ").append(n);
        if (condition != null) {
            b.append(" -n ").append(quote(condition));
        }
        for (String name : o.names()) {
            b.append(name.startsWith("--") ? " -l " + name.substring(2) : " -s " + name.substring(1));
        }
        if (o.label() != null) {
            if (dynamicKind != null) {
                b.append(" -x -a ").append(quote("(__" + n + "_candidates " + dynamicKind + ")"));
            } else if (!o.values().isEmpty()) {
                b.append(" -x -a ").append(quote(String.join(" ", o.values())));
            } else if (o.path()) {
                b.append(" -r -F");
            } else {
                b.append(" -x");
            }
        }
        b.append(" -d ").append(quote(firstSentence(o.description()))).append('\n');
    }

    /** The command names, for {@code help COMMAND}. */
    private static List<String> commandNames(CommandDoc root) {
        return root.subcommands().stream().map(CommandDoc::name).toList();
    }

    /** Every option of every command that takes a value, so that its value is not counted as a positional argument. */
    private static List<String> valuedOptions(CommandDoc root) {
        Set<String> out = new LinkedHashSet<>();
        collect(root, out);
        out.remove("-f");
        out.remove("--file");
        return List.copyOf(out);
    }

    private static void collect(CommandDoc c, Set<String> out) {
        for (CommandDoc.Option o : c.options()) {
            if (o.label() != null) {
                out.addAll(o.names());
            }
        }
        for (CommandDoc s : c.subcommands()) {
            collect(s, out);
        }
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return (end < 0 ? text : text.substring(0, end + 1)).strip();
    }

    /** A fish single-quoted string: only {@code \} and {@code '} need escaping there. */
    private static String quote(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
