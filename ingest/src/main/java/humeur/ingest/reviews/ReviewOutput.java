package humeur.ingest.reviews;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The review file a crawl writes, one review per line, and the keys of the reviews in it so that none is written
 * twice. Lines are committed page by page: what a commit returns is how far the file holds complete reviews, and a
 * resumed crawl cuts the file back there, dropping a line half-written when the crawl was killed.
 */
final class ReviewOutput implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final Writer writer;
    private final Set<String> keys;

    private ReviewOutput(Path file, FileChannel channel, Set<String> keys) {
        this.file = file;
        this.channel = channel;
        this.writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                StandardCharsets.UTF_8));
        this.keys = keys;
    }

    /**
     * Starts a new review file.
     *
     * @throws ReviewsException when the file exists: it may hold a crawl's reviews, which only --resume continues
     */
    static ReviewOutput create(Path file) throws IOException {
        if (Files.exists(file)) {
            throw new ReviewsException(file + ": already exists (continue its crawl with --resume, or choose another "
                    + "output file)");
        }
        try {
            return new ReviewOutput(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), new HashSet<>());
        } catch (NoSuchFileException e) {
            throw new ReviewsException(file + ": cannot be created (no such folder)");
        } catch (AccessDeniedException e) {
            throw new ReviewsException(file + ": cannot be created (permission denied)");
        }
    }

    /**
     * Reopens a review file at {@code position}, the end of its last committed page, and reads back the keys of the
     * reviews it holds.
     *
     * @throws ReviewsException when the file is shorter than that (it was changed since), or a line is not a review
     */
    static ReviewOutput resume(Path file, long position) throws IOException {
        if (!Files.exists(file)) {
            throw new ReviewsException(file + ": no such file, but its crawl state is there: was it moved? (start "
                    + "afresh by deleting " + CrawlState.fileFor(file).getFileName() + ")");
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (channel.size() < position) {
                throw new ReviewsException(file + ": shorter than its crawl state says (" + channel.size() + " bytes, "
                        + "expected at least " + position + "): it was changed since, and cannot be continued");
            }
            channel.truncate(position);
            Set<String> keys = new HashSet<>();
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int n = 0;
                for (String line; (line = lines.readLine()) != null; ) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        keys.add(ReviewJson.parse(line).key());
                    } catch (IllegalArgumentException e) {
                        throw new ReviewsException(file + ": line " + n + ": not a review (" + e.getMessage()
                                + "): it was changed since, and cannot be continued");
                    }
                }
            }
            channel.position(position);
            return new ReviewOutput(file, channel, keys);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    Path file() {
        return file;
    }

    /** How many reviews the file holds. */
    long size() {
        return keys.size();
    }

    /** Writes a review, unless one with its key is there already; whether it was written. */
    boolean write(Review r) throws IOException {
        if (!keys.add(r.key())) {
            return false;
        }
        writer.write(ReviewJson.line(r));
        writer.write('\n');
        return true;
    }

    /** Puts what was written on disk; returns the length of the file, all of it complete reviews. */
    long commit() throws IOException {
        writer.flush();
        channel.force(false);
        return channel.position();
    }

    @Override
    public void close() throws IOException {
        try {
            writer.flush();
        } finally {
            channel.close();
        }
    }
}
