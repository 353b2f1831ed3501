package humeur.lm.data;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes a token-id file, one document at a time, in constant memory. Everything goes to temporary files beside the
 * target; {@link #commit()} completes the file and renames it atomically, and {@link #close()} without a commit
 * deletes it. So neither a crash nor an exception inside try-with-resources leaves a partial file that looks complete,
 * and an older file at the target stays intact until the new one replaces it.
 *
 * <pre>{@code
 * try (TokenFileWriter out = TokenFileWriter.create(path, "fr-60k.vocab", sha256, 60_000, fingerprint)) {
 *     for (int[] ids : documents) out.append(ids);
 *     out.commit();
 * }
 * }</pre>
 */
public final class TokenFileWriter implements Closeable {
    private static final int BUFFER_BYTES = 1 << 20;

    private final Path target;
    private final Path dataPart;
    private final Path indexPart;
    private final FileChannel data;
    private final FileChannel index;
    private final TokenFileHeader header;
    private final int width;
    private final int vocabularySize;
    private final ByteBuffer dataBuffer = ByteBuffer.allocateDirect(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private final ByteBuffer indexBuffer = ByteBuffer.allocateDirect(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
    private long tokens;
    private long documents;
    private boolean finished;

    private TokenFileWriter(Path target, TokenFileHeader header) throws IOException {
        this.target = target.toAbsolutePath();
        this.header = header;
        this.width = header.idWidth();
        this.vocabularySize = header.vocabularySize();
        Path dir = this.target.getParent();
        String name = this.target.getFileName().toString();
        dataPart = Files.createTempFile(dir, name + ".", ".part");
        Path indexFile = null;
        FileChannel dataChannel = null;
        try {
            indexFile = Files.createTempFile(dir, name + ".", ".index.part");
            dataChannel = FileChannel.open(dataPart, StandardOpenOption.WRITE);
            index = FileChannel.open(indexFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | RuntimeException e) {
            if (dataChannel != null) {
                dataChannel.close();
            }
            Files.deleteIfExists(dataPart);
            if (indexFile != null) {
                Files.deleteIfExists(indexFile);
            }
            throw e;
        }
        indexPart = indexFile;
        data = dataChannel;
        // the header's length depends only on its strings, so the counts can be filled in at commit
        dataBuffer.put(header.encode());
    }

    /**
     * Starts a token-id file at {@code target}, whose ids index a vocabulary of {@code vocabularySize} entries.
     *
     * @param vocabularyHash   what identifies the vocabulary (e.g. the SHA-256 hex of its file), checked by readers
     * @param inputFingerprint what the file is made from, so that a later run on the same input can skip the work
     */
    public static TokenFileWriter create(Path target, String vocabularyName, String vocabularyHash, int vocabularySize,
                                         String inputFingerprint) throws IOException {
        TokenFileHeader header = new TokenFileHeader(vocabularyName, vocabularyHash, vocabularySize,
                TokenFileHeader.idWidthFor(vocabularySize), 0, 0, inputFingerprint);
        return new TokenFileWriter(target, header);
    }

    /** Appends one document: its ids, normally starting with the vocabulary's {@code xxbos}. */
    public void append(int[] ids) throws IOException {
        append(ids, 0, ids.length);
    }

    /** Appends one document made of {@code ids[offset, offset + length)}, so that callers can reuse their arrays. */
    public void append(int[] ids, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, ids.length);
        if (finished) {
            throw new IllegalStateException("token file " + target + " is already committed or closed");
        }
        for (int i = offset; i < offset + length; i++) {
            if (ids[i] < 0 || ids[i] >= vocabularySize) {
                throw new IllegalArgumentException("id " + ids[i] + " at position " + (i - offset) + " of document "
                        + documents + " is outside the vocabulary of " + vocabularySize);
            }
        }
        if (indexBuffer.remaining() < 8) {
            drain(indexBuffer, index);
        }
        indexBuffer.putLong(tokens);
        documents++;
        int end = offset + length;
        for (int i = offset; i < end; ) {
            if (dataBuffer.remaining() < width) {
                drain(dataBuffer, data);
            }
            int n = Math.min(end - i, dataBuffer.remaining() / width);
            if (width == 2) {
                for (int stop = i + n; i < stop; i++) {
                    dataBuffer.putShort((short) ids[i]);
                }
            } else {
                for (int stop = i + n; i < stop; i++) {
                    dataBuffer.putInt(ids[i]);
                }
            }
        }
        tokens += length;
    }

    /** The number of ids appended so far. */
    public long tokenCount() {
        return tokens;
    }

    /** The number of documents appended so far. */
    public long documentCount() {
        return documents;
    }

    /**
     * Completes the file: appends the document index, writes the counts into the header, forces everything to disk,
     * then renames the file onto the target atomically (replacing an older one).
     */
    public void commit() throws IOException {
        if (finished) {
            throw new IllegalStateException("token file " + target + " is already committed or closed");
        }
        TokenFileHeader complete = header.withCounts(tokens, documents);
        while (((data.position() + dataBuffer.position()) & 7) != 0) {
            dataBuffer.put((byte) 0);
        }
        drain(dataBuffer, data);
        drain(indexBuffer, index);
        for (long done = 0, size = index.size(); done < size; ) {
            done += index.transferTo(done, size - done, data);
        }
        if (data.size() != complete.fileLength()) {
            throw new IOException(dataPart + ": wrote " + data.size() + " bytes, expected " + complete.fileLength());
        }
        data.write(ByteBuffer.wrap(complete.encode()), 0);
        data.force(true);
        finished = true;
        closeChannels();
        Files.deleteIfExists(indexPart);
        Files.move(dataPart, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Releases the temporary files; without a {@link #commit()} first, the target is left as it was. */
    @Override
    public void close() throws IOException {
        finished = true;
        try {
            closeChannels();
        } finally {
            Files.deleteIfExists(indexPart);
            Files.deleteIfExists(dataPart);
        }
    }

    private void closeChannels() throws IOException {
        try (data; index) {
            // closes both, even when one fails
        }
    }

    private static void drain(ByteBuffer buffer, FileChannel channel) throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
