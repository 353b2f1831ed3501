package humeur.lm.data;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * A token-id file, memory-mapped for reading: the documents of a corpus as one stream of ids, with the offset where
 * each document starts. Reading never copies the file into the heap, so files larger than memory are fine; the
 * mapping outlives the file channel, which is closed at once (the operating system releases it with the object).
 * Instances are immutable and safe to share between threads.
 *
 * <p>Byte layout, little-endian: the {@link TokenFileHeader header} (its length a multiple of 8); the ids, 2 or 4
 * bytes each, unsigned; zero padding to a multiple of 8; one int64 per document, the index of its first id.
 */
public final class TokenFile implements TokenStream {
    private final Path path;
    private final TokenFileHeader header;
    private final MappedRegion ids;
    private final MappedRegion starts;
    private final int width;
    private final long size;
    private final long documents;

    private TokenFile(Path path, TokenFileHeader header, int segmentBits) throws IOException {
        this.path = path;
        this.header = header;
        this.width = header.idWidth();
        this.size = header.tokenCount();
        this.documents = header.documentCount();
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ids = new MappedRegion(channel, header.headerLength(), size * width, segmentBits);
            starts = new MappedRegion(channel, header.indexOffset(), 8 * documents, segmentBits);
        }
        checkIndex();
    }

    /**
     * Maps a token-id file, whatever vocabulary it was made with.
     *
     * @throws IOException naming the file when it is missing, not a token-id file, truncated or damaged
     */
    public static TokenFile open(Path file) throws IOException {
        return open(file, null, MappedRegion.DEFAULT_SEGMENT_BITS);
    }

    /**
     * Maps a token-id file whose ids must index the vocabulary identified by {@code expectedVocabularyHash}.
     *
     * @throws IOException naming the file and both vocabularies when it was made with another one, or as {@link #open(Path)}
     */
    public static TokenFile open(Path file, String expectedVocabularyHash) throws IOException {
        return open(file, Objects.requireNonNull(expectedVocabularyHash, "expectedVocabularyHash"),
                MappedRegion.DEFAULT_SEGMENT_BITS);
    }

    static TokenFile open(Path file, String expectedVocabularyHash, int segmentBits) throws IOException {
        TokenFileHeader header = TokenFileHeader.read(file);
        if (expectedVocabularyHash != null && !expectedVocabularyHash.equals(header.vocabularyHash())) {
            throw new IOException(file + ": made with vocabulary " + header.vocabularyName() + " (hash "
                    + header.vocabularyHash() + "), not with the expected one (hash " + expectedVocabularyHash
                    + "); tokenise the corpus again with this vocabulary");
        }
        return new TokenFile(file, header, segmentBits);
    }

    /** The file this was read from. */
    public Path path() {
        return path;
    }

    /** The file's header: vocabulary, counts and input fingerprint. */
    public TokenFileHeader header() {
        return header;
    }

    /** The number of ids in the file, all documents together. */
    @Override
    public long size() {
        return size;
    }

    /** The id at position {@code i} of the stream. */
    public int get(long i) {
        Objects.checkIndex(i, size);
        long offset = i * width;
        return width == 2 ? ids.unsignedShort(offset) : ids.intAt(offset);
    }

    /** Copies the ids {@code [from, from + length)} of the stream into {@code into[offset ... offset + length)}. */
    @Override
    public void read(long from, int[] into, int offset, int length) {
        Objects.checkFromIndexSize(from, length, size);
        Objects.checkFromIndexSize(offset, length, into.length);
        ids.read(from * width, width, into, offset, length);
    }

    /** The number of documents. */
    public long documentCount() {
        return documents;
    }

    /** Where document {@code d} starts in the stream. */
    public long documentStart(long d) {
        Objects.checkIndex(d, documents);
        return starts.longAt(8 * d);
    }

    /** Where document {@code d} ends in the stream (exclusive): the start of the next one. */
    public long documentEnd(long d) {
        Objects.checkIndex(d, documents);
        return d + 1 < documents ? starts.longAt(8 * (d + 1)) : size;
    }

    /** A copy of the ids of document {@code d}. */
    public int[] document(long d) {
        long start = documentStart(d);
        int[] doc = new int[Math.toIntExact(documentEnd(d) - start)];
        ids.read(start * width, width, doc, 0, doc.length);
        return doc;
    }

    @Override
    public String toString() {
        return "TokenFile[" + path + ", " + size + " tokens, " + documents + " documents]";
    }

    // one pass over the index: a damaged index would otherwise show up as ids read from the wrong place much later
    private void checkIndex() throws IOException {
        long previous = 0;
        for (long d = 0; d < documents; d++) {
            long start = starts.longAt(8 * d);
            if (start < previous || start > size || (d == 0 && start != 0)) {
                throw new IOException(path + ": damaged document index: document " + d + " starts at " + start
                        + " (previous start " + previous + ", " + size + " tokens)");
            }
            previous = start;
        }
        if (size > 0 && documents == 0) {
            throw new IOException(path + ": damaged: " + size + " tokens but no document index");
        }
    }
}
