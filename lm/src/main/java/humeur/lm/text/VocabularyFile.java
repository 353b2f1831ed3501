package humeur.lm.text;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.OutputStreamWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The vocabulary file: UTF-8, one token per line, the line number minus one being the id. Text, so that a person can
 * read which words a model knows; strict on reading, so that a truncated or foreign file fails at load time with its
 * name and line rather than later as wrong predictions.
 */
final class VocabularyFile {
    private static final long MAX_BYTES = 64L << 20;

    private VocabularyFile() {
    }

    static List<String> read(Path file) throws IOException {
        byte[] data = readSmallFile(file);
        List<String> tokens = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int from = 0; from < data.length; ) {
            int to = from;
            while (to < data.length && data[to] != '\n') {
                to++;
            }
            int number = tokens.size() + 1;
            int end = to > from && data[to - 1] == '\r' ? to - 1 : to;
            String token;
            try {
                token = decoder.decode(ByteBuffer.wrap(data, from, end - from)).toString();
            } catch (CharacterCodingException e) {
                throw error(file, number, "not UTF-8 text");
            }
            if (token.isEmpty() || token.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                throw error(file, number, token.isEmpty() ? "empty line where a token was expected"
                        : "'" + token + "' holds a space; tokens never do");
            }
            if (number <= SpecialTokens.ALL.size() && !token.equals(SpecialTokens.ALL.get(number - 1))) {
                throw error(file, number, "expected the special token " + SpecialTokens.ALL.get(number - 1) + ", found '"
                        + token + "': a vocabulary file starts with " + String.join(" ", SpecialTokens.ALL));
            }
            Integer previous = lines.putIfAbsent(token, number);
            if (previous != null) {
                throw error(file, number, "token '" + token + "' already on line " + previous);
            }
            tokens.add(token);
            from = to + 1;
        }
        if (tokens.size() < SpecialTokens.ALL.size()) {
            throw new IOException(file + ": " + (tokens.isEmpty() ? "empty vocabulary file" : "only " + tokens.size()
                    + " lines; a vocabulary file starts with the " + SpecialTokens.ALL.size() + " special tokens"));
        }
        return tokens;
    }

    /** The whole file: a vocabulary is a few hundred kilobytes, and reading it at once lets errors name the exact line. */
    private static byte[] readSmallFile(Path file) throws IOException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IOException(file + ": " + Files.size(file) + " bytes, too large for a vocabulary file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such vocabulary file");
        } catch (AccessDeniedException e) {
            throw new AccessDeniedException(file.toString(), null, "vocabulary file cannot be read (permission denied)");
        }
    }

    private static IOException error(Path file, int line, String message) {
        return new IOException(file + ": line " + line + ": " + message);
    }

    static void write(Path file, List<String> tokens) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            try (BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temporary),
                    StandardCharsets.UTF_8))) {
                for (String token : tokens) {
                    writer.write(token);
                    writer.write('\n');
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
