package dev.atomstate.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Whether this process has a given file open. Java offers no fstat(2) on a channel, so the lock cannot ask its own
 * descriptor which file it is; the descriptors are looked up in {@code /dev/fd} instead (Linux: /proc/self/fd; macOS:
 * fdescfs), whose entries stat(2) as the files they are open on, unlinked or not. A file that is open here cannot have
 * its inode number given to another file, so "the path's file key is the key of one of our open files" is exact, where
 * comparing the path's key before and after opening would be fooled by an inode number freed and reused in between.
 * Only stat is used: opening and closing another descriptor of a locked file would drop our POSIX lock on it.
 */
final class OpenFiles {
    private OpenFiles() {
    }

    private static final Path DESCRIPTORS = Path.of("/dev/fd");

    /** The answer for a path: it names a file we have open, it names another file (or none), or this cannot be told here. */
    enum Named { OURS, OTHER, UNKNOWN }

    /** Whether {@code key} (a {@link BasicFileAttributes#fileKey()}) is the key of a file this process has open. */
    static Named holds(Object key) {
        if (key == null || !Files.isDirectory(DESCRIPTORS)) {
            return Named.UNKNOWN;
        }
        boolean any = false;
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(DESCRIPTORS)) {
            for (Path fd : fds) {
                Object k;
                try {
                    k = Files.readAttributes(fd, BasicFileAttributes.class).fileKey();
                } catch (IOException | RuntimeException e) {
                    continue; // closed since the listing (the listing's own descriptor), or not a file
                }
                any |= k != null;
                if (key.equals(k)) {
                    return Named.OURS;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Named.UNKNOWN;
        }
        return any ? Named.OTHER : Named.UNKNOWN;
    }

    /** The attributes of {@code path} itself (a link is not followed), or null when nothing is there. */
    static BasicFileAttributes lstat(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** The number of names {@code path}'s file has, or 1 when the platform does not say. */
    static int links(Path path) {
        try {
            Object n = Files.getAttribute(path, "unix:nlink", LinkOption.NOFOLLOW_LINKS);
            return n instanceof Integer i ? i : 1;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }
}
