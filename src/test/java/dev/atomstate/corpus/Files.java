package dev.atomstate.corpus;

import dev.atomstate.io.SourceText;
import dev.atomstate.testing.Shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading the shared files for the corpus tests, and the file lists they iterate. */
final class Files {
    private Files() {
    }

    static byte[] bytes(Path p) {
        try {
            return java.nio.file.Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path p) {
        return SourceText.decode(p.getFileName().toString(), bytes(p)).text();
    }

    /** A short display name: the file name without the long repository prefix noise. */
    static String name(Path p) {
        return p.getParent().getFileName() + "/" + p.getFileName();
    }

    /** The four STATE.md seeds and every corpus STATE.md. */
    static List<Path> stateFiles() {
        List<Path> all = new ArrayList<>(Shared.stateSeeds());
        all.addAll(Shared.corpus("state"));
        return all;
    }

    /** The project's own samples: planning-samples/NAME/.planning/STATE.md. */
    static List<Path> samples() {
        Path root = Path.of("planning-samples");
        try (var s = java.nio.file.Files.list(root)) {
            return s.map(d -> d.resolve(".planning").resolve("STATE.md")).filter(java.nio.file.Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without its final line terminator (unchanged when it has none). */
    static String withoutFinalNewline(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        if (text.endsWith("\n")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }

    static byte[] withBom(byte[] bytes) {
        byte[] out = new byte[bytes.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(bytes, 0, out, 3, bytes.length);
        return out;
    }

    /** The line terminators a text uses: "\n", "\r\n" or both. */
    static java.util.Set<String> terminators(String text) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            out.add(i > 0 && text.charAt(i - 1) == '\r' ? "\r\n" : "\n");
        }
        return out;
    }
}
