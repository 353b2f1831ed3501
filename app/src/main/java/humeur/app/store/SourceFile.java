package humeur.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file or folder given to {@code humeur import}, as recorded with each import: which exact bytes a chat came
 * from, so that an import can be traced back to its export.
 *
 * @param path   the absolute, normalised path
 * @param size   its size in bytes, {@code null} for a folder
 * @param sha256 the SHA-256 of its bytes in lower-case hex, {@code null} for a folder
 */
public record SourceFile(Path path, Long size, String sha256) {

    /** Describes {@code path}, hashing the whole file (a folder is not hashed). */
    public static SourceFile describe(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            return new SourceFile(absolute, null, null);
        }
        return new SourceFile(absolute, Files.size(absolute), sha256(absolute));
    }

    /** The file name, without its folder. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
