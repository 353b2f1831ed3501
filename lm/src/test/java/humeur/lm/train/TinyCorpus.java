package humeur.lm.train;

import humeur.lm.data.TokenFile;
import humeur.lm.data.TokenFileWriter;
import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.TokenCounts;
import humeur.lm.text.Vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real French text for training tests: a slice of {@code ../shared/data/lm} when present, else the chat sample
 * committed with the tokeniser's tests; tokenised, with a small vocabulary, into a training and a validation file.
 * {@code shared} says whether the shared data was found: only then is the held-out text large enough to judge.
 */
record TinyCorpus(TokenFile train, TokenFile validation, long validationCharacters, int vocabularySize, String source,
                  boolean shared) {
    static final Path SHARED = Path.of("..", "..", "shared", "data", "lm", "commonvoice-framabook.txt.gz");

    static TinyCorpus write(Path dir, int lines, int maxVocabulary) throws IOException {
        List<String> text = new ArrayList<>();
        String source;
        if (Files.isReadable(SHARED)) {
            source = SHARED.toString();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(SHARED))) {
                text = read(in, lines);
            }
        } else {
            source = "chat-fr.txt (../shared/data/lm is absent)";
            try (InputStream in = TinyCorpus.class.getResourceAsStream("/humeur/lm/text/chat-fr.txt")) {
                text = read(in, lines);
            }
        }
        int cut = text.size() * 9 / 10;
        TokenCounts counts = new TokenCounts();
        List<List<String>> tokens = new ArrayList<>();
        for (String line : text) {
            List<String> t = FrenchTokenizer.tokenize(line);
            tokens.add(t);
            if (tokens.size() <= cut) {
                counts.addAll(t);
            }
        }
        Vocabulary vocabulary = Vocabulary.build(counts, maxVocabulary, 2);
        long characters = text.subList(cut, text.size()).stream().mapToLong(String::length).sum();
        return new TinyCorpus(tokenFile(dir.resolve("train.tok"), vocabulary, tokens.subList(0, cut)),
                tokenFile(dir.resolve("valid.tok"), vocabulary, tokens.subList(cut, tokens.size())),
                characters, vocabulary.size(), source, Files.isReadable(SHARED));
    }

    /** Skips the calling test, saying why, where the shared data is absent: the committed text is too small for it. */
    void assumeShared() {
        assumeTrue(shared, "skipped: " + SHARED.toAbsolutePath().normalize() + " is absent, and the committed 3 KB"
                + " fallback is too small to learn from or to hold text out of");
    }

    private static List<String> read(InputStream in, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; lines.size() < max && (line = reader.readLine()) != null; ) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static TokenFile tokenFile(Path file, Vocabulary vocabulary, List<List<String>> documents) throws IOException {
        try (TokenFileWriter out = TokenFileWriter.create(file, "tiny.vocab", "tiny", vocabulary.size(), "tiny corpus")) {
            for (List<String> doc : documents) {
                out.append(vocabulary.ids(doc));
            }
            out.commit();
        }
        return TokenFile.open(file);
    }
}
