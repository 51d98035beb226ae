package dev.atomstate.io;

import dev.atomstate.config.Config;
import dev.atomstate.model.AtomstateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds and reads the configuration: {@code .atomstate.yml} in the working directory or the nearest folder
 * above it, over the user's file ({@code $ATOMSTATE_CONFIG}, else {@code $XDG_CONFIG_HOME/atomstate/config.yml},
 * else {@code $HOME/.config/atomstate/config.yml}). Only the environment passed in is consulted, so tests are
 * hermetic. The YAML parser is loaded only when a file exists.
 */
public final class ConfigLoader {
    public static final String PROJECT_FILE = ".atomstate.yml";

    private ConfigLoader() {
    }

    public static Config load(Path cwd, Map<String, String> env) {
        Path project = findProjectFile(cwd);
        Path user = userFile(env);
        Config result = Config.NONE;
        if (user != null && Files.exists(user)) {
            result = ConfigYaml.read(regular(user));
        }
        if (project != null) {
            result = ConfigYaml.read(project).over(result);
        }
        return result;
    }

    /** The nearest {@code .atomstate.yml} from {@code cwd} upwards, or null. */
    public static Path findProjectFile(Path cwd) {
        for (Path dir = cwd.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(PROJECT_FILE);
            if (Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // a folder (or a device, a dangling link) where the config belongs is a mistake to name, not to skip
                return regular(candidate);
            }
        }
        return null;
    }

    /** {@code p} if it is a regular file (through links), else an input error naming it. */
    private static Path regular(Path p) {
        if (!Files.isRegularFile(p)) {
            String what = Files.isDirectory(p) ? "a folder" : Files.exists(p) ? "not a regular file" : "a link to nothing";
            throw AtomstateException.input(p + ": the config file is " + what + "; make it a YAML file or remove it");
        }
        return p;
    }

    static Path userFile(Map<String, String> env) {
        String explicit = env.get("ATOMSTATE_CONFIG");
        if (explicit != null && !explicit.isBlank()) {
            if (explicit.equals("none")) {
                return null;
            }
            Path p = Path.of(explicit);
            if (!Files.exists(p)) {
                throw AtomstateException.input(explicit + ": no such config file (ATOMSTATE_CONFIG); unset it or set it to 'none'");
            }
            regular(p);
            return p;
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "atomstate", "config.yml");
        }
        String home = env.get("HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, ".config", "atomstate", "config.yml");
        }
        return null;
    }
}
