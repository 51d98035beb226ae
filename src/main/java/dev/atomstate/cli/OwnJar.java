package dev.atomstate.cli;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The jar these classes run from. Found from where this class's own bytes are ("jar:file:/…/atomstate.jar!/dev/…"),
 * not from its code source: the launcher puts the jar on the boot class path, and classes there have none.
 */
final class OwnJar {
    private OwnJar() {
    }

    /** The jar, or null when the classes are not in one (a test run from target/classes). */
    static Path path() {
        URL self = OwnJar.class.getResource("OwnJar.class");
        if (self == null || !"jar".equals(self.getProtocol())) {
            return null;
        }
        String spec = self.getPath(); // file:/…/atomstate.jar!/dev/atomstate/cli/OwnJar.class
        int bang = spec.indexOf("!/");
        if (bang < 0) {
            return null;
        }
        try {
            Path jar = Path.of(new URI(spec.substring(0, bang)));
            return Files.isRegularFile(jar) ? jar : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
