package humeur.lm.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.zip.CRC32C;

/**
 * The header of a token-id file: the vocabulary its ids index, how many ids and documents it holds, and a fingerprint
 * of the input it was made from. Layout, little-endian: magic {@code HUMEURTK}, format version, header length, id
 * width, vocabulary size, token count, document count, then vocabulary name, vocabulary hash and input fingerprint
 * (each an int32 byte count and UTF-8), a CRC32C of all that, zero padding to a multiple of 8.
 *
 * @param vocabularyName   a name for people, e.g. the vocabulary's file name
 * @param vocabularyHash   what identifies the vocabulary, e.g. the SHA-256 hex of its file
 * @param vocabularySize   the number of ids; every id in the file is below it
 * @param idWidth          bytes per id: 2 below 65,536 entries, else 4
 * @param tokenCount       the number of ids
 * @param documentCount    the number of documents
 * @param inputFingerprint what the file was made from (paths, sizes, times, tokeniser version), set by its maker
 */
public record TokenFileHeader(String vocabularyName, String vocabularyHash, int vocabularySize, int idWidth,
                              long tokenCount, long documentCount, String inputFingerprint) {
    static final byte[] MAGIC = "HUMEURTK".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    private static final int FIXED_BYTES = 40;
    // far above any real fingerprint; it bounds what a corrupted length field can make us allocate
    private static final int MAX_HEADER_BYTES = 16 << 20;

    public TokenFileHeader {
        Objects.requireNonNull(vocabularyName, "vocabularyName");
        Objects.requireNonNull(vocabularyHash, "vocabularyHash");
        Objects.requireNonNull(inputFingerprint, "inputFingerprint");
        if (vocabularySize <= 0) {
            throw new IllegalArgumentException("vocabulary size " + vocabularySize + " is not positive");
        }
        if (idWidth != idWidthFor(vocabularySize)) {
            throw new IllegalArgumentException("id width " + idWidth + " does not suit a vocabulary of " + vocabularySize);
        }
        if (tokenCount < 0 || documentCount < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    /**
     * Reads and checks the header of a token-id file without mapping its ids: cheap enough to decide, before any work,
     * whether a file must be rebuilt.
     *
     * @throws IOException naming the file when it is missing, not a token-id file, of another format version, or truncated
     */
    public static TokenFileHeader read(Path file) throws IOException {
        long fileSize = Files.size(file);
        byte[] start = new byte[16];
        try (InputStream in = Files.newInputStream(file)) {
            int got = in.readNBytes(start, 0, start.length);
            if (got < start.length || !Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
                throw new IOException(file + ": not a humeur token-id file (no " + new String(MAGIC, StandardCharsets.US_ASCII) + " magic)");
            }
            ByteBuffer prefix = ByteBuffer.wrap(start).order(ByteOrder.LITTLE_ENDIAN);
            int version = prefix.getInt(8);
            if (version != VERSION) {
                throw new IOException(file + ": token-id file format version " + version + "; this humeur reads version " + VERSION);
            }
            int length = prefix.getInt(12);
            if (length < FIXED_BYTES || length > MAX_HEADER_BYTES || length > fileSize) {
                throw new IOException(file + ": truncated or corrupted token-id header (header length " + length
                        + ", file size " + fileSize + ")");
            }
            byte[] header = Arrays.copyOf(start, length);
            if (in.readNBytes(header, start.length, length - start.length) < length - start.length) {
                throw new IOException(file + ": truncated token-id header");
            }
            TokenFileHeader decoded = decode(file, ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN));
            if (fileSize != decoded.fileLength()) {
                throw new IOException(file + ": truncated or damaged: its header announces " + decoded.tokenCount()
                        + " tokens and " + decoded.documentCount() + " documents, " + decoded.fileLength()
                        + " bytes, but the file has " + fileSize + " bytes");
            }
            return decoded;
        }
    }

    /**
     * Whether {@code file} is a complete token-id file made with this vocabulary from this input, so that making it
     * again can be skipped. A missing, damaged or foreign file is simply not up to date.
     */
    public static boolean isUpToDate(Path file, String vocabularyHash, String inputFingerprint) {
        try {
            TokenFileHeader header = read(file);
            return header.vocabularyHash().equals(vocabularyHash) && header.inputFingerprint().equals(inputFingerprint);
        } catch (IOException e) {
            return false;
        }
    }

    /** The id width for a vocabulary size: 2 bytes when every id fits an unsigned short. */
    static int idWidthFor(int vocabularySize) {
        return vocabularySize <= 1 << 16 ? 2 : 4;
    }

    int headerLength() {
        int strings = 12 + utf8(vocabularyName).length + utf8(vocabularyHash).length + utf8(inputFingerprint).length;
        return align8(FIXED_BYTES + strings + 4);
    }

    long indexOffset() {
        return align8(headerLength() + tokenCount * idWidth);
    }

    long fileLength() {
        return indexOffset() + 8 * documentCount;
    }

    TokenFileHeader withCounts(long tokens, long documents) {
        return new TokenFileHeader(vocabularyName, vocabularyHash, vocabularySize, idWidth, tokens, documents, inputFingerprint);
    }

    byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(headerLength()).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).putInt(VERSION).putInt(out.capacity()).putInt(idWidth).putInt(vocabularySize)
                .putLong(tokenCount).putLong(documentCount);
        for (String s : new String[] {vocabularyName, vocabularyHash, inputFingerprint}) {
            byte[] bytes = utf8(s);
            out.putInt(bytes.length).put(bytes);
        }
        CRC32C crc = new CRC32C();
        crc.update(out.array(), 0, out.position());
        out.putInt((int) crc.getValue());
        return out.array();
    }

    private static TokenFileHeader decode(Path file, ByteBuffer in) throws IOException {
        try {
            in.position(MAGIC.length + 8);
            int idWidth = in.getInt();
            int vocabularySize = in.getInt();
            long tokens = in.getLong();
            long documents = in.getLong();
            String name = string(in);
            String hash = string(in);
            String fingerprint = string(in);
            CRC32C crc = new CRC32C();
            crc.update(in.array(), 0, in.position());
            if (in.getInt() != (int) crc.getValue()) {
                throw new IOException(file + ": corrupted token-id header (checksum mismatch)");
            }
            return new TokenFileHeader(name, hash, vocabularySize, idWidth, tokens, documents, fingerprint);
        } catch (BufferUnderflowException | IllegalArgumentException | CharacterCodingException e) {
            throw new IOException(file + ": corrupted token-id header (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static String string(ByteBuffer in) throws CharacterCodingException {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
            throw new BufferUnderflowException();
        }
        ByteBuffer bytes = in.slice(in.position(), length);
        in.position(in.position() + length);
        return StandardCharsets.UTF_8.newDecoder().decode(bytes).toString();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static int align8(int n) {
        return (n + 7) & ~7;
    }

    private static long align8(long n) {
        return (n + 7) & ~7L;
    }
}
