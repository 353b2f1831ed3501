package humeur.app.cli.lm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A few hundred lines of plain French chat for training tests, drawn from phrases with a fixed seed: enough regular
 * structure (agreement, elisions, punctuation) for a tiny model to learn something in seconds. Written here because
 * app's tests do not see the lm module's test texts, and ../shared/data may be absent.
 */
final class FrenchLines {
    private static final String[] STARTS = {"Salut", "Coucou", "Bonjour", "Hé", "Bon"};
    private static final String[] SUBJECTS = {"je", "tu", "on", "il", "elle", "nous", "Marie", "Paul"};
    private static final String[][] VERBS = {
        {"suis", "es", "est", "est", "est", "sommes", "est", "est"},
        {"vais", "vas", "va", "va", "va", "allons", "va", "va"},
        {"ai", "as", "a", "a", "a", "avons", "a", "a"}};
    private static final String[][] ENDINGS = {
        {"content", "fatigué", "en retard", "à la maison", "au cinéma ce soir"},
        {"au marché demain", "à la plage", "chez ma mère", "voir le film", "manger une pizza"},
        {"faim", "vu le film", "trop de travail", "un chat", "acheté du pain"}};
    private static final String[] TAILS = {".", " !", " ?", " :)", " , c'est génial .", " , j'adore .",
        " , c'est nul .", " , je crois ."};

    private FrenchLines() {
    }

    /** {@code count} lines, the same for the same {@code seed}. */
    static List<String> of(int count, long seed) {
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int s = random.nextInt(SUBJECTS.length);
            int v = random.nextInt(VERBS.length);
            String subject = SUBJECTS[s];
            String verb = VERBS[v][s];
            // French elides "je" before a vowel: j'ai, not je ai
            String clause = subject.equals("je") && verb.startsWith("a") ? "j'" + verb : subject + " " + verb;
            lines.add(STARTS[random.nextInt(STARTS.length)] + " ! " + clause + " "
                    + ENDINGS[v][random.nextInt(ENDINGS[v].length)] + TAILS[random.nextInt(TAILS.length)]);
        }
        return lines;
    }
}
