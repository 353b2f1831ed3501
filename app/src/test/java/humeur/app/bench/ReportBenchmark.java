package humeur.app.bench;

import humeur.app.cli.Humeur;
import humeur.app.store.ChatStore;
import humeur.app.store.ImportProgress;
import humeur.app.store.SourceFile;
import humeur.ingest.ChatExport;
import humeur.ingest.ChatSource;
import humeur.ingest.Exports;
import humeur.ingest.ReadOptions;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

/**
 * Time to write {@code humeur report} for a database of a million scored messages, in each format and period
 * length, and the size of each file: {@code ReportBenchmark EXPORT DATABASE [ROUNDS]}. The database is built once
 * from the export (kept for later runs) and every text message given a score. Those scores are synthetic, derived
 * from each message's fingerprint hash, and stored under a model named {@code benchmark: synthetic scores}: this
 * measures the report's speed, which does not depend on what the scores are. Run it with {@code bench/run report}.
 */
public final class ReportBenchmark {
    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args[0]);
        Path db = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        if (!Files.exists(db)) {
            build(export, db);
        }
        System.out.printf("database %s, %.1f MB, heap max %d MB%n", db, Files.size(db) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        Path out = Files.createTempDirectory("humeur-report-bench");
        List<String[]> cases = List.of(
                new String[] {"html", "month"}, new String[] {"html", "week"}, new String[] {"html", "day"},
                new String[] {"csv", "month"}, new String[] {"json", "day"});
        for (int round = 1; round <= rounds; round++) {
            for (String[] c : cases) {
                Path file = out.resolve("report-" + c[1] + "." + c[0]);
                long start = System.nanoTime();
                int status = Humeur.commandLine().setOut(new PrintWriter(new StringWriter()))
                        .execute("report", "--db", db.toString(), "--format", c[0], "--by", c[1], "-o", file.toString());
                double seconds = (System.nanoTime() - start) / 1e9;
                if (status != 0) {
                    throw new IllegalStateException("humeur report failed: " + status);
                }
                System.out.printf("round %d  %-4s by %-5s  %.2f s  %,.0f kB%n", round, c[0], c[1], seconds, Files.size(file) / 1e3);
                Files.delete(file);
            }
        }
        Files.delete(out);
    }

    private static void build(Path export, Path db) throws Exception {
        long start = System.nanoTime();
        try (ChatStore store = ChatStore.open(db); ChatExport chats = Exports.open(export, ReadOptions.defaults())) {
            ChatSource chat = chats.chats().get(0);
            store.importChat(chat, SourceFile.describe(export), chat.name(), ImportProgress.NONE);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("INSERT INTO models (identity, name, first_used, last_used) VALUES ('benchmark: synthetic scores', "
                    + "'benchmark: synthetic scores', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
            // x in [0, 1) from the fingerprint: positive 0.8x, negative 0.8(1 - x), neutral 0.2.
            s.execute("INSERT INTO message_scores SELECT id, 1, 0.8 * (1 - x), 0.2, 0.8 * x, "
                    + "CASE WHEN x < 0.375 THEN 'negative' WHEN x > 0.625 THEN 'positive' ELSE 'neutral' END, 1.6 * x - 0.8 "
                    + "FROM (SELECT id, (abs(fingerprint) % 1000) / 1000.0 AS x FROM messages "
                    + "WHERE participant_id IS NOT NULL AND (kind = 'text' OR caption IS NOT NULL))");
        }
        System.out.printf("built %s (import and synthetic scores) in %.1f s%n", db, (System.nanoTime() - start) / 1e9);
    }
}
