package humeur.lm.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the piece table of a SentencePiece {@code .model} file (a protobuf {@code ModelProto}: repeated field 1 holds
 * the pieces, each with its text in field 1 and its type in field 3). DJL's processor cannot tell its size, and asking
 * it for a piece past the end aborts the JVM; its piece strings also come back garbled for emoji (JNI's modified
 * UTF-8). So the table is read here, once, from the file's bytes.
 */
final class SentencePieceModelFile {
    /** SentencePiece's piece types, by their protobuf number: the others are unknown (2), control (3), user-defined (4). */
    static final int NORMAL = 1;
    static final int BYTE = 6;

    /** One piece: its text ({@code ▁} for a space) and its type. */
    record Piece(String text, int type) {
    }

    private final byte[] data;
    private int pos;

    private SentencePieceModelFile(byte[] data) {
        this.data = data;
    }

    /** The pieces of the model in {@code data}, in id order; {@code name} names it in errors. */
    static List<Piece> pieces(byte[] data, String name) throws IOException {
        try {
            return new SentencePieceModelFile(data).readModel();
        } catch (ArrayIndexOutOfBoundsException | IllegalStateException e) {
            throw new IOException(name + ": not a SentencePiece model (" + e.getMessage() + ")");
        }
    }

    private List<Piece> readModel() {
        List<Piece> pieces = new ArrayList<>();
        while (pos < data.length) {
            long tag = varint();
            if (tag == (1 << 3 | 2)) {
                int end = length();
                pieces.add(readPiece(end));
                pos = end;
            } else {
                skip((int) (tag & 7));
            }
        }
        if (pieces.isEmpty()) {
            throw new IllegalStateException("no pieces");
        }
        return pieces;
    }

    private Piece readPiece(int end) {
        String text = null;
        int type = NORMAL;
        while (pos < end) {
            long tag = varint();
            if (tag == (1 << 3 | 2)) {
                int stop = length();
                text = new String(data, pos, stop - pos, StandardCharsets.UTF_8);
                pos = stop;
            } else if (tag == (3 << 3)) {
                type = (int) varint();
            } else {
                skip((int) (tag & 7));
            }
        }
        if (text == null || pos != end) {
            throw new IllegalStateException("malformed piece at byte " + pos);
        }
        return new Piece(text, type);
    }

    private int length() {
        long length = varint();
        if (length < 0 || pos + length > data.length) {
            throw new IllegalStateException("field length " + length + " past the end at byte " + pos);
        }
        return pos + (int) length;
    }

    private void skip(int wireType) {
        switch (wireType) {
            case 0 -> varint();
            case 1 -> pos += 8;
            case 2 -> pos = length();
            case 5 -> pos += 4;
            default -> throw new IllegalStateException("wire type " + wireType + " at byte " + pos);
        }
        if (pos > data.length) {
            throw new IllegalStateException("truncated");
        }
    }

    private long varint() {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            byte b = data[pos++];
            value |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IllegalStateException("varint too long at byte " + pos);
    }
}
