package humeur.lm.text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrenchTokenizerTest {
    @Test
    void listAndSinkGiveTheSameTokens() {
        String text = "Ça va ? Moi TROP bien :D";
        List<String> sunk = new ArrayList<>();
        FrenchTokenizer.tokenize(text, sunk::add);
        assertEquals(List.of("xxbos", "xxmaj", "ça", "va", "?", "xxmaj", "moi", "xxup", "trop", "bien", ":d"),
                FrenchTokenizer.tokenize(text));
        assertEquals(FrenchTokenizer.tokenize(text), sunk);
    }

    @Test
    void manyThreadsAtOnceGetWhatOneThreadGets() throws Exception {
        List<String> texts = IntStream.range(0, 2_000)
                .mapToObj(i -> "Message " + i + " : J'AIME " + "o".repeat(i % 7) + " l’été " + "😍".repeat(i % 4) + " !!!")
                .toList();
        List<List<String>> expected = texts.stream().map(FrenchTokenizer::tokenize).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<String>>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> texts.stream().map(FrenchTokenizer::tokenize).toList()));
            }
            for (Future<List<List<String>>> result : results) {
                assertEquals(expected, result.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
