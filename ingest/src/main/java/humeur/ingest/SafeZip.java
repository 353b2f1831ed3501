package humeur.ingest;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip archive read in place, never extracted: entries are streamed, and an entry that is suspiciously large or
 * compressed (a zip bomb) is refused, both from its declared sizes and while it is actually read.
 */
public final class SafeZip implements Closeable {
    private final Path path;
    private final ZipFile zip;
    private final long maxEntryBytes;
    private final double maxRatio;

    private SafeZip(Path path, ZipFile zip, ReadOptions options) {
        this.path = path;
        this.zip = zip;
        this.maxEntryBytes = options.maxEntryBytes();
        this.maxRatio = options.maxCompressionRatio();
    }

    /** Opens an archive; a truncated or damaged one is refused with a message naming the file. */
    public static SafeZip open(Path path, ReadOptions options) throws ExportException {
        try {
            return new SafeZip(path, openWithNames(path), options);
        } catch (ZipException e) {
            throw new ExportException(path + ": not a readable zip archive (truncated or damaged: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ExportException(path + ": cannot read the zip archive: " + e.getMessage(), e);
        }
    }

    // Phones write entry names in UTF-8 and flag them; old tools write CP437 without the flag, which Java's
    // UTF-8 decoding rejects: fall back to CP437 then, so non-ASCII names still list.
    private static ZipFile openWithNames(Path path) throws IOException {
        ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        try {
            Collections.list(zip.entries());
            return zip;
        } catch (IllegalArgumentException badName) {
            zip.close();
            return new ZipFile(path.toFile(), Charset.forName("IBM437"));
        }
    }

    /** The archive's path. */
    public Path path() {
        return path;
    }

    /** The file entries of the archive (folders left out), in archive order. */
    public List<ZipEntry> entries() {
        List<ZipEntry> files = new ArrayList<>();
        for (ZipEntry e : Collections.list(zip.entries())) {
            if (!e.isDirectory()) {
                files.add(e);
            }
        }
        return files;
    }

    /** The entry of that exact name, or {@code null}. */
    public ZipEntry entry(String name) {
        return zip.getEntry(name);
    }

    /** Streams an entry's bytes, refusing it when it is too large or too compressed. */
    public InputStream open(ZipEntry entry) throws IOException {
        String where = path + "!/" + entry.getName();
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > maxEntryBytes) {
            throw new ExportException(where + ": refused, the entry is suspiciously large (" + size + " bytes uncompressed)");
        }
        if (size > 0 && compressed > 0 && size > 1_000_000 && (double) size / compressed > maxRatio) {
            throw new ExportException(where + ": refused, the entry is suspiciously compressed (ratio "
                    + Math.round((double) size / compressed) + ":1, a possible zip bomb)");
        }
        return new BoundedStream(zip.getInputStream(entry), where, Math.max(compressed, 1));
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Enforces the limits on the bytes actually inflated, since an archive can lie about its sizes. */
    private final class BoundedStream extends FilterInputStream {
        private final String where;
        private final long compressed;
        private long count;

        BoundedStream(InputStream in, String where, long compressed) {
            super(in);
            this.where = where;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws ExportException {
            count += n;
            if (count > maxEntryBytes) {
                throw new ExportException(where + ": refused, the entry inflates past " + maxEntryBytes + " bytes");
            }
            if (count > 1_000_000 && (double) count / compressed > maxRatio) {
                throw new ExportException(where + ": refused, the entry inflates more than " + Math.round(maxRatio)
                        + " times its compressed size (a possible zip bomb)");
            }
        }
    }
}
