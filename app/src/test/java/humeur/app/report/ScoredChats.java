package humeur.app.report;

import humeur.app.store.ChatStore;
import humeur.app.store.ImportProgress;
import humeur.app.store.SourceFile;
import humeur.ingest.ChatExport;
import humeur.ingest.ChatSource;
import humeur.ingest.Exports;
import humeur.ingest.ReadOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A database built the way humeur builds one, from two French WhatsApp exports imported through {@link ChatStore},
 * then given known sentiment scores: every text message gets the class probabilities listed here, as the scoring
 * command would store them. Some messages are hostile (markup, script, a right-to-left override).
 */
public final class ScoredChats {
    /** A message that would run script if a report ever treated message text as markup. */
    public static final String SCRIPT = "<script>window.__pwned = 1</script>";
    /** A message that would run script if it broke out of an attribute or element. */
    public static final String IMG = "\"><img src=x onerror=\"window.__pwned = 2\">";
    /** A message starting with a right-to-left override. */
    public static final String RTL = "\u202Eexe.txt ok";

    /** The two exports: a group chat and a chat with Alice, who is in both. */
    static final Map<String, String> EXPORTS = Map.of(
            "Discussion WhatsApp avec Les Amis.txt", String.join("\n",
                    "01/09/2024 à 09:59 - Alice a créé le groupe \"Les Amis\"",
                    "01/09/2024 à 10:00 - Alice: Quelle belle journée",
                    "01/09/2024 à 10:05 - Bob: Bof, pas terrible",
                    "02/09/2024 à 08:00 - Alice: On se voit demain ?",
                    "20/09/2024 à 19:00 - Bob: " + SCRIPT,
                    "20/09/2024 à 19:01 - Bob: " + IMG,
                    "05/11/2024 à 09:00 - Alice: Je suis très déçue",
                    "05/11/2024 à 09:30 - Bob: " + RTL,
                    "06/11/2024 à 12:00 - Alice: <Médias omis>",
                    ""),
            "Discussion WhatsApp avec Alice.txt", String.join("\n",
                    "10/09/2024 à 18:00 - Alice: Merci pour tout ❤️",
                    "10/09/2024 à 18:05 - Alice: À bientôt",
                    ""));

    /** Known scores: text → {negative, neutral, positive}. */
    static final Map<String, double[]> SCORES = new LinkedHashMap<>();

    static {
        SCORES.put("Quelle belle journée", new double[] {0.05, 0.15, 0.80});
        SCORES.put("Bof, pas terrible", new double[] {0.60, 0.30, 0.10});
        SCORES.put("On se voit demain ?", new double[] {0.10, 0.80, 0.10});
        SCORES.put(SCRIPT, new double[] {0.80, 0.15, 0.05});
        SCORES.put(IMG, new double[] {0.20, 0.30, 0.50});
        SCORES.put("Je suis très déçue", new double[] {0.70, 0.20, 0.10});
        SCORES.put(RTL, new double[] {0.10, 0.70, 0.20});
        SCORES.put("Merci pour tout ❤️", new double[] {0.02, 0.08, 0.90});
        SCORES.put("À bientôt", new double[] {0.10, 0.60, 0.30});
    }

    /** The name of the model row the scores are stored under. */
    public static final String MODEL = "known test scores";

    private ScoredChats() {
    }

    /** Imports both exports into a new database in {@code dir}, without scores; returns the database file. */
    public static Path imported(Path dir) throws IOException {
        Path db = dir.resolve("humeur.db");
        try (ChatStore store = ChatStore.open(db)) {
            for (Map.Entry<String, String> e : EXPORTS.entrySet()) {
                Path file = Files.writeString(dir.resolve(e.getKey()), e.getValue());
                try (ChatExport export = Exports.open(file, ReadOptions.defaults())) {
                    for (ChatSource chat : export.chats()) {
                        store.importChat(chat, SourceFile.describe(file), chat.name(), ImportProgress.NONE);
                    }
                }
            }
        }
        return db;
    }

    /** Imports both exports into a new database in {@code dir} and stores the known scores; returns the database. */
    public static Path scored(Path dir) throws IOException, SQLException {
        Path db = imported(dir);
        int scored = addModel(db, MODEL, "2024-12-01T00:00:00Z", 1.0);
        if (scored != SCORES.size()) {
            throw new IllegalStateException("the fixture's messages were not all imported: " + scored + " scored");
        }
        return db;
    }

    /**
     * Stores the known scores of every text message with a known text, each multiplied by {@code factor}
     * (probabilities adjusted so that they still sum to one), under a new model named {@code name} last used at
     * {@code lastUsed}; returns the number of messages scored.
     */
    public static int addModel(Path db, String name, String lastUsed, double factor) throws SQLException {
        int scored = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            long model;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO models (identity, name, first_used, last_used) "
                    + "VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                s.setString(1, name + " sha256:0000");
                s.setString(2, name);
                s.setString(3, lastUsed);
                s.setString(4, lastUsed);
                s.executeUpdate();
                model = s.getGeneratedKeys().getLong(1);
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO message_scores "
                    + "SELECT id, ?, ?, ?, ?, ?, ? FROM messages WHERE kind = 'text' AND text = ?")) {
                for (Map.Entry<String, double[]> e : SCORES.entrySet()) {
                    double[] p = e.getValue();
                    double negative = p[0] * factor;
                    double positive = p[2] * factor;
                    double neutral = 1 - negative - positive;
                    String label = negative >= neutral && negative >= positive ? "negative"
                            : positive >= neutral ? "positive" : "neutral";
                    s.setLong(1, model);
                    s.setDouble(2, negative);
                    s.setDouble(3, neutral);
                    s.setDouble(4, positive);
                    s.setString(5, label);
                    s.setDouble(6, positive - negative);
                    s.setString(7, e.getKey());
                    scored += s.executeUpdate();
                }
            }
        }
        return scored;
    }
}
