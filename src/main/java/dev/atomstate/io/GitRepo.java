package dev.atomstate.io;

import dev.atomstate.model.AtomstateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The few git commands setup needs, run as the user's git: the top of the work tree, and reading and writing
 * config keys (repository or --global). The process gets the user's environment; {@code env} overrides the keys
 * git reads for its global files (HOME, XDG_CONFIG_HOME, GIT_CONFIG_GLOBAL), so tests can point them elsewhere.
 */
public final class GitRepo {
    private static final List<String> PASSED = List.of("HOME", "XDG_CONFIG_HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "PATH");

    private final Path cwd;
    private final Map<String, String> env;

    public GitRepo(Path cwd, Map<String, String> env) {
        this.cwd = cwd;
        this.env = env;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run git(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("git");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        for (String key : PASSED) {
            if (env.get(key) != null) {
                pb.environment().put(key, env.get(key));
            }
        }
        try {
            Path err = Files.createTempFile("atomstate-git", ".err");
            try {
                pb.redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
                Process p = pb.start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = p.waitFor();
                return new Run(exit, out, Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw AtomstateException.input("cannot run git (" + e.getMessage() + "); is git installed and on the PATH?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw AtomstateException.input("interrupted while running git");
        }
    }

    /** The top of the work tree; refused outside a repository. */
    public Path topLevel() {
        Run r = git("rev-parse", "--show-toplevel");
        if (r.exit() != 0) {
            throw AtomstateException.refused(cwd + ": not inside a git work tree (" + r.err().strip() + "); run it in the repository, or use --global");
        }
        return Path.of(r.out().strip());
    }

    /** A config value, or null when unset. */
    public String config(boolean global, String key) {
        Run r = global ? git("config", "--global", "--get", key) : git("config", "--get", key);
        if (r.exit() == 1) {
            return null;
        }
        if (r.exit() != 0) {
            throw AtomstateException.input("git config --get " + key + " failed: " + r.err().strip());
        }
        return r.out().replaceFirst("\\R$", "");
    }

    public void setConfig(boolean global, String key, String value) {
        Run r = global ? git("config", "--global", key, value) : git("config", key, value);
        if (r.exit() != 0) {
            throw AtomstateException.input("git config " + key + " failed: " + r.err().strip());
        }
    }

    /** Removes a config section; false when there was none. */
    public boolean removeSection(boolean global, String section) {
        Run r = global ? git("config", "--global", "--remove-section", section) : git("config", "--remove-section", section);
        return r.exit() == 0;
    }

    /** The global attributes file: core.attributesFile, else $XDG_CONFIG_HOME/git/attributes, else ~/.config/git/attributes. */
    public Path globalAttributes() {
        String configured = config(true, "core.attributesFile");
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        if (configured != null && !configured.isBlank()) {
            return configured.startsWith("~/") ? Path.of(home, configured.substring(2)) : cwd.resolve(configured);
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "git", "attributes") : Path.of(home, ".config", "git", "attributes");
    }
}
