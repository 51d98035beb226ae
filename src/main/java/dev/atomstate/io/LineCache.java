package dev.atomstate.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/**
 * The last answer of {@code status --line} for each state file, kept in the user's cache: a status bar runs it on
 * every prompt, and what it is computed from rarely changes in between. An entry is used only when the checksums of
 * everything the line was computed from match (see {@link Key}: the state file's bytes, the settings, the roadmap and
 * phase folders, the day, the build), so an edit of any of them makes the next run compute the line again.
 *
 * <p>A cache, never a record: every failure to read or write an entry is a miss, silently, and the line is computed.
 * Entries live under {@code $XDG_CACHE_HOME/atomstate/line} (else {@code ~/.cache/atomstate/line}), one small file
 * per state file and build, replaced by an atomic move; entries not used for 30 days are dropped.
 */
public final class LineCache {
    private LineCache() {
    }

    /** Bumped when what a key covers changes, so that entries of an older scheme never match. */
    private static final String SCHEME = "atomstate status --line cache 1";
    private static final int MAX_ENTRY_BYTES = 8192;
    private static final long KEEP_MILLIS = 30L * 86_400_000L;
    private static final long SWEEP_EVERY_MILLIS = 86_400_000L;

    /**
     * The folder entries are kept in, or null when there is none to use: neither XDG_CACHE_HOME nor HOME is set, or
     * ATOMSTATE_LINE_CACHE=off.
     */
    public static Path dir(Map<String, String> env) {
        if ("off".equalsIgnoreCase(env.get("ATOMSTATE_LINE_CACHE"))) {
            return null;
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "atomstate", "line");
        }
        String home = env.get("HOME");
        if (home != null && !home.isEmpty() && Path.of(home).isAbsolute()) {
            return Path.of(home, ".cache", "atomstate", "line");
        }
        return null;
    }

    /**
     * A checksum over parts given in order, each with its length (so that no two different lists of parts run
     * together the same way). Two checksums of 32 bits, CRC-32 and Adler-32: both are native in the JDK, so a cold
     * run pays no interpreted pass over a big file for them; a cryptographic hash would cost more than the line saves.
     * A match is trusted as "nothing changed" — the line is a display, and {@code check} is never cached.
     */
    public static final class Key {
        private final CRC32 crc = new CRC32();
        private final Adler32 adler = new Adler32();
        private final byte[] length = new byte[9];

        public Key() {
            add(SCHEME);
        }

        public Key add(byte[] bytes) {
            return add(bytes, (byte) 1);
        }

        /** A string part; null and "" are different parts. */
        public Key add(String s) {
            return s == null ? add(new byte[0], (byte) 0) : add(s.getBytes(StandardCharsets.UTF_8), (byte) 2);
        }

        public Key add(long n) {
            return add(Long.toString(n));
        }

        private Key add(byte[] bytes, byte kind) {
            long n = bytes.length;
            length[0] = kind;
            for (int i = 1; i < 9; i++) {
                length[i] = (byte) (n >>> (8 * (8 - i)));
            }
            crc.update(length);
            adler.update(length);
            crc.update(bytes);
            adler.update(bytes);
            return this;
        }

        public String value() {
            return hex8(crc.getValue()) + hex8(adler.getValue());
        }

        private static String hex8(long v) {
            String h = Long.toHexString(v);
            return "00000000".substring(h.length()) + h;
        }
    }

    /** The line kept for {@code stateFile} by {@code build} under {@code key}, or null (no entry, another key, or unreadable). */
    public static String get(Path dir, Path stateFile, String build, String key) {
        Path entry = entry(dir, stateFile, build);
        try {
            BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attrs.isRegularFile() || attrs.size() > MAX_ENTRY_BYTES) {
                return null;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(entry, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes(MAX_ENTRY_BYTES + 1);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            int keyEnd = text.indexOf('\n');
            if (keyEnd < 0 || !text.endsWith("\n") || !text.substring(0, keyEnd).equals(key)) {
                return null;
            }
            String line = text.substring(keyEnd + 1, text.length() - 1);
            for (int i = 0; i < line.length(); i++) {
                if (Character.isISOControl(line.charAt(i))) {
                    return null; // not a line this cache wrote: never print a control character
                }
            }
            if (attrs.lastModifiedTime().toMillis() < System.currentTimeMillis() - KEEP_MILLIS / 2) {
                touch(entry); // in use: the sweep must not take it
            }
            return line;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps {@code line} for {@code stateFile} by {@code build} under {@code key}, replacing the entry there was. Never fails. */
    public static void put(Path dir, Path stateFile, String build, String key, String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            return;
        }
        try {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir.getParent());
                try {
                    Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } catch (UnsupportedOperationException e) {
                    Files.createDirectory(dir);
                }
            }
            Path entry = entry(dir, stateFile, build);
            Path tmp = Files.createTempFile(dir, ".entry-", ".tmp");
            try {
                Files.write(tmp, (key + "\n" + line + "\n").getBytes(StandardCharsets.UTF_8));
                try {
                    Files.move(tmp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            sweep(dir);
        } catch (IOException | RuntimeException e) {
            // a cache: the line was printed, the next run computes it again
        }
    }

    /**
     * The entry's file: named by a checksum of the state file's absolute path and the build, so that two JDKs (or an
     * old and a new install) used in turn on one project keep an entry each instead of replacing each other's.
     */
    static Path entry(Path dir, Path stateFile, String build) {
        return dir.resolve(new Key().add(stateFile.toAbsolutePath().normalize().toString()).add(build).value() + ".line");
    }

    /** Once a day at most: drops entries (and temp files of a run that died) not touched for 30 days. */
    private static void sweep(Path dir) throws IOException {
        Path stamp = dir.resolve(".swept");
        long now = System.currentTimeMillis();
        if (Files.exists(stamp, LinkOption.NOFOLLOW_LINKS)
                && Files.getLastModifiedTime(stamp, LinkOption.NOFOLLOW_LINKS).toMillis() > now - SWEEP_EVERY_MILLIS) {
            return;
        }
        if (!Files.exists(stamp, LinkOption.NOFOLLOW_LINKS)) {
            Files.createFile(stamp);
        }
        touch(stamp);
        try (var entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if ((name.endsWith(".line") || name.endsWith(".tmp"))
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis() < now - KEEP_MILLIS) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void touch(Path p) throws IOException {
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
    }
}
