package dev.atomstate.model;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * This build's version and commit, from the {@code atomstate-build.properties} the build fills in (see pom.xml);
 * "dev" and "unknown" when the classes run without it (a build that skipped resource filtering).
 */
public record ToolVersion(String version, String commit) {
    private static ToolVersion current;

    public static synchronized ToolVersion current() {
        if (current == null) {
            Properties p = new Properties();
            try (InputStream in = ToolVersion.class.getResourceAsStream("/atomstate-build.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                // no build info: report the fallbacks below
            }
            current = new ToolVersion(known(p.getProperty("version"), "dev"), known(p.getProperty("commit"), "unknown"));
        }
        return current;
    }

    /** A property the build did not fill in is still "${…}". */
    private static String known(String value, String fallback) {
        return value == null || value.isBlank() || value.startsWith("${") ? fallback : value.strip();
    }
}
