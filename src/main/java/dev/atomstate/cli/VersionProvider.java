package dev.atomstate.cli;

import dev.atomstate.model.ToolVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code atomstate --version}: the pom's version, the commit it was built from, and the JDK it runs on. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        ToolVersion v = ToolVersion.current();
        return new String[] {"atomstate " + v.version() + " (commit " + v.commit() + ")",
                "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                        + System.getProperty("java.vm.vendor", "unknown vendor") + ", " + System.getProperty("java.home") + ")"};
    }
}
