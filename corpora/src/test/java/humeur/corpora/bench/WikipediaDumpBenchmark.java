package humeur.corpora.bench;

import humeur.corpora.wikipedia.Document;
import humeur.corpora.wikipedia.DocumentReader;
import humeur.corpora.wikipedia.WikipediaDump;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reading throughput of a French Wikipedia dump, bzip2 decompression, XML and wikitext cleaning included, on a
 * generated multistream dump ({@link SyntheticWiki}): {@code WikipediaDumpBenchmark [FILE] [WIKITEXT_MB] [ROUNDS]}.
 * Reports pages and articles per second and megabytes of wikitext per second, the best of the rounds.
 * The dump is generated on first use and kept (bench/out is git-ignored). From the repository root:
 * <pre>
 * mvn -q -o -pl corpora -am test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=$PWD/corpora/target/bench.cp
 * java -Xmx256m -cp corpora/target/test-classes:corpora/target/classes:$(cat corpora/target/bench.cp) humeur.corpora.bench.WikipediaDumpBenchmark
 * </pre>
 */
public final class WikipediaDumpBenchmark {
    private WikipediaDumpBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "bench/out/frwiki-synthetic-pages-articles-multistream.xml.bz2");
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path stats = file.resolveSibling(file.getFileName() + ".stats");
        if (!Files.exists(file) || !Files.exists(stats)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            long start = System.nanoTime();
            long[] written = SyntheticWiki.write(file, megabytes * 1_000_000L, 42);
            Files.writeString(stats, written[0] + " " + written[1]);
            System.out.printf("generated %s in %.1f s%n", file, (System.nanoTime() - start) / 1e9);
        }
        List<Long> counts = List.of(Files.readString(stats).strip().split(" ")).stream().map(Long::parseLong).toList();
        long pages = counts.get(0);
        double wikitextMb = counts.get(1) / 1e6;
        System.out.printf("dump %s: %.1f MB bzip2, %,d pages, %.1f MB of wikitext; heap max %d MB, %d cores%n", file,
                Files.size(file) / 1e6, pages, wikitextMb, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        double best = Double.MAX_VALUE;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            long articles = 0;
            long paragraphs = 0;
            try (DocumentReader reader = WikipediaDump.open(file)) {
                for (Document d; (d = reader.read()) != null; ) {
                    articles++;
                    paragraphs += d.paragraphs().size();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                best = Math.min(best, seconds);
                System.out.printf("round %d: %,d articles (%,d paragraphs) in %.2f s = %,.0f pages/s, %,.0f articles/s, %.1f MB/s of wikitext; skipped %s%n",
                        round, articles, paragraphs, seconds, pages / seconds, articles / seconds, wikitextMb / seconds, reader.skipped());
            }
        }
        System.out.printf("best: %,.0f pages/s, %.1f MB/s of wikitext%n", pages / best, wikitextMb / best);
    }
}
