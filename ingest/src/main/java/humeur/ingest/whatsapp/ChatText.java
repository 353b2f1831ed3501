package humeur.ingest.whatsapp;

import humeur.ingest.ExportException;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a chat text, decoded strictly: WhatsApp writes UTF-8, but a file re-saved by an editor may be
 * UTF-16 (recognised by its byte-order mark or its zero bytes) or Latin-1, which is reported at its first bad line
 * instead of being silently garbled. Binary files are refused. CRLF, CR and LF all end lines.
 */
final class ChatText implements AutoCloseable {
    private final String where;
    private final BufferedReader reader;
    private final Charset charset;
    private long lineNumber;

    /** Opens {@code raw}; {@code forced} is the user's encoding, or null to detect it. */
    ChatText(InputStream raw, String where, Charset forced) throws IOException {
        this.where = where;
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        this.charset = forced != null ? forced : detect(head, where);
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    private static Charset detect(byte[] head, String where) throws ExportException {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        int pairs = head.length / 2;
        if (pairs > 0 && oddZeros > pairs * 0.4 && evenZeros == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (pairs > 0 && evenZeros > pairs * 0.4 && oddZeros == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (evenZeros + oddZeros > 0) {
            throw new ExportException(where + ": a binary file, not a chat export (it contains zero bytes)");
        }
        return StandardCharsets.UTF_8;
    }

    /** The encoding in use. */
    Charset charset() {
        return charset;
    }

    /** The number of the line last returned by {@link #readLine()}, from 1. */
    long lineNumber() {
        return lineNumber;
    }

    /** The next line without its terminator, or null at the end. */
    String readLine() throws ExportException {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (CharacterCodingException e) {
            throw new ExportException(where + ": line " + (lineNumber + 1) + ": not valid " + charset.name()
                    + " text; the file may be Latin-1 (Windows-1252) encoded: re-export it from WhatsApp, or pass --encoding windows-1252");
        } catch (IOException e) {
            if (e instanceof ExportException ee) {
                throw ee;
            }
            throw new ExportException(where + ": line " + (lineNumber + 1) + ": cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
