package humeur.ingest.whatsapp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The texts WhatsApp writes itself, in French and English: encryption notices, group changes, missed calls.
 * iOS writes them as if sent by the contact or the group, so they must be recognised by their wording.
 */
final class SystemEvents {
    /**
     * Openings of notices nobody would type, recognised whoever they seem to come from. Plain prefixes, not patterns:
     * they are tried on every iOS message.
     */
    private static final List<String> NOTICES = List.of(
            "Les messages et les appels sont chiffrés de bout en bout",
            "Les messages envoyés dans cette discussion et les appels sont désormais protégés",
            "Les messages envoyés dans ce groupe et les appels sont désormais protégés",
            "Votre code de sécurité avec ",
            "Messages and calls are end-to-end encrypted",
            "Messages to this chat and calls are now secured",
            "Messages to this group are now secured",
            "Messages you send to this chat and calls are now secured",
            "Your security code with ",
            "Les messages éphémères ",
            "Disappearing messages ");

    /** Group and call events: recognised when the line is marked as a system line or comes from the group itself. */
    private static final List<Pattern> EVENTS = patterns(
            " a créé (le|ce) groupe", " a ajouté ", " a retiré ", " est parti[e]?\\.?$", " a quitté( le groupe)?\\.?$",
            " a rejoint ce groupe", " a modifié le sujet", " a changé le sujet", " a changé l['’]icône de ce groupe",
            " a supprimé l['’]icône de ce groupe", " a modifié la description du groupe", " a changé la description du groupe",
            " a modifié les paramètres de ce groupe", " a changé de numéro", "^Vous avez été ajouté", "^Vous avez créé le groupe",
            "^Vous avez ajouté ", "^Vous avez retiré ", "^Vous êtes parti", "^Vous avez quitté", "^Vous avez bloqué ce contact",
            "^Vous avez débloqué ce contact", "^Appel (vocal|vidéo) manqué", "^Appel (vocal|vidéo)( de groupe)?$",
            " created (the )?group", " created this group", " added ", " removed ", " left$", " joined using this group['’]s invite link",
            " changed the subject", " changed this group['’]s icon", " deleted this group['’]s icon", " changed the group description",
            " changed their phone number", "^You were added", "^You created group", "^You added ", "^You removed ", "^You left",
            "^You blocked this contact", "^You unblocked this contact", "^Missed (voice|video) call", "^(Voice|Video) call$");

    private SystemEvents() {
    }

    /** Whether the text is a notice that only WhatsApp writes. */
    static boolean isNotice(String text) {
        for (String notice : NOTICES) {
            if (text.regionMatches(true, 0, notice, 0, notice.length())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text reads like a system event (group change, call, notice). */
    static boolean isEvent(String text) {
        return isNotice(text) || matchesAny(EVENTS, text);
    }

    private static boolean matchesAny(List<Pattern> patterns, String text) {
        for (Pattern p : patterns) {
            if (p.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    private static List<Pattern> patterns(String... regexes) {
        return java.util.Arrays.stream(regexes)
                .map(r -> Pattern.compile(r, Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE))
                .toList();
    }
}
