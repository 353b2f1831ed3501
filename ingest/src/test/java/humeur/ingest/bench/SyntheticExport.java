package humeur.ingest.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes a large French Android WhatsApp export for benchmarks: realistic line shapes (about 100 bytes a message),
 * a few authors, some multi-line messages, media, deletions and group events, dates moving forward.
 * Deterministic for a given seed, so that every run measures the same file.
 */
public final class SyntheticExport {
    private static final String[] AUTHORS = {"Natan", "Léa Martin", "Jean-Baptiste", "~ Camille", "+33 6 12 34 56 78", "Maman ❤️"};
    private static final String[] PHRASES = {
        "Salut ça va ? 😊", "On se retrouve à quelle heure ce soir ?", "j'suis trop content pour toi !!!", "mdr t'es sérieux là ?",
        "Je peux pas ce week-end, désolé 😕", "Tu as pensé à acheter du pain ?", "c'est vraiment n'importe quoi cette histoire",
        "Bonne nuit tout le monde 😴", "Franchement le film était génial, je te le conseille", "jsp, on verra demain tkt",
        "Merci beaucoup pour hier soir, c'était top 🙏🏽", "Il pleut encore… j'en ai marre", "Qui vient au resto samedi ? 🍕",
        "Bravo pour ton exam !!! 🎉🎉", "ptdr la tête du chat", "Je suis en retard, j'arrive dans 10 min",
        "On doit parler du loyer, c'est pas normal", "T'inquiète, ça va aller <3", "Tu me manques 👨‍👩‍👧", "ok",
    };

    private SyntheticExport() {
    }

    /** Writes {@code messages} messages to {@code file}; returns its size in bytes. */
    public static long write(Path file, int messages, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm");
        LocalDateTime time = LocalDateTime.of(2019, 1, 1, 8, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(time.format(format) + " - Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter. Appuyez pour en savoir plus.\n");
            for (int i = 1; i < messages; i++) {
                time = time.plusSeconds(random.nextInt(600));
                String header = time.format(format) + " - ";
                int kind = random.nextInt(100);
                String author = AUTHORS[random.nextInt(AUTHORS.length)];
                if (kind < 1) {
                    out.write(header + "Natan a ajouté Léa Martin\n");
                } else if (kind < 5) {
                    out.write(header + author + ": <Médias omis>\n");
                } else if (kind < 6) {
                    out.write(header + author + ": IMG-20190101-WA" + String.format("%04d", i % 10000) + ".jpg (fichier joint)\n" + phrase(random) + "\n");
                } else if (kind < 7) {
                    out.write(header + author + ": Ce message a été supprimé\n");
                } else if (kind < 12) {
                    out.write(header + author + ": " + phrase(random) + "\n" + phrase(random) + "\n" + phrase(random) + "\n");
                } else {
                    out.write(header + author + ": " + phrase(random) + " " + phrase(random) + "\n");
                }
            }
        }
        return Files.size(file);
    }

    private static String phrase(SplittableRandom random) {
        return PHRASES[random.nextInt(PHRASES.length)];
    }

    /** Writes an export: {@code SyntheticExport FILE MESSAGES}. */
    public static void main(String[] args) throws IOException {
        long bytes = write(Path.of(args[0]), Integer.parseInt(args[1]), 42);
        System.out.printf("%s: %s messages, %.1f MB%n", args[0], args[1], bytes / 1e6);
    }
}
