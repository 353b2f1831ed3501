package humeur.corpora.bench;

import humeur.corpora.tokens.CorpusSources;
import humeur.corpora.tokens.CorpusTexts;
import humeur.lm.text.FrenchTokenizer;
import humeur.lm.text.SubwordTokenizer;
import humeur.lm.text.Vocabulary;

import java.nio.file.Path;
import java.util.List;

/**
 * How a word vocabulary and a subword model cover held-out text: the share of word tokens that are unknown, and how
 * many ids each needs per word. A first, model-free input to choosing between them:
 * {@code VocabularyCoverage WORD_VOCAB SUBWORD_MODEL FILE…} (run by {@code bench/run coverage}).
 */
public final class VocabularyCoverage {
    private VocabularyCoverage() {
    }

    public static void main(String[] args) throws Exception {
        Vocabulary words = Vocabulary.load(Path.of(args[0]));
        try (SubwordTokenizer subwords = SubwordTokenizer.load(Path.of(args[1]))) {
            System.out.printf("%-28s %10s %10s %9s %10s %10s%n", "held-out text", "words", "word ids", "unknown", "subword ids", "ids/word");
            for (int i = 2; i < args.length; i++) {
                long spaceWords = 0, wordIds = 0, unknown = 0, pieceIds = 0;
                for (String text : new CorpusTexts(CorpusSources.files(List.of(Path.of(args[i]))))) {
                    spaceWords += text.isBlank() ? 0 : text.strip().split("\\s+").length;
                    List<String> tokens = FrenchTokenizer.tokenize(text);
                    wordIds += tokens.size();
                    for (String token : tokens) {
                        unknown += words.id(token) == Vocabulary.UNK_ID ? 1 : 0;
                    }
                    pieceIds += subwords.encode(text).length;
                }
                System.out.printf("%-28s %,10d %,10d %8.2f%% %,10d  %4.2f / %4.2f%n", Path.of(args[i]).getFileName(), spaceWords,
                        wordIds, 100.0 * unknown / wordIds, pieceIds, (double) wordIds / spaceWords, (double) pieceIds / spaceWords);
            }
        }
    }
}
