package humeur.ingest.whatsapp;

import humeur.ingest.MessageKind;

import java.util.Set;
import java.util.TreeSet;

/**
 * Tells what a WhatsApp message body is, from the placeholders WhatsApp writes in each language:
 * {@code <Médias omis>}, {@code IMG-….jpg (fichier joint)}, {@code <attached: …>}, {@code Ce message a été supprimé},
 * {@code Localisation : …}, and the {@code <Ce message a été modifié>} mark of edited messages.
 */
final class BodyClassifier {

    /** What a body turned out to be; {@code text} is the body without its edit mark or leading invisible marks. */
    record Classified(MessageKind kind, String text, String media, String caption, boolean edited) {
    }

    private static final Set<String> MEDIA_OMITTED = caseInsensitive(
            "<médias omis>", "<fichier omis>", "<media omitted>", "<medien ausgeschlossen>", "<multimedia omitido>",
            "<media omessi>", "<mídia oculta>", "<arquivo de mídia oculto>",
            "image absente", "vidéo absente", "audio omis", "sticker omis", "gif retiré", "fiche contact manquante",
            "image omitted", "video omitted", "audio omitted", "sticker omitted", "gif omitted", "contact card omitted",
            "document omitted", "document manquant");
    private static final Set<String> DELETED = caseInsensitive(
            "ce message a été supprimé", "vous avez supprimé ce message", "this message was deleted", "you deleted this message",
            "ce message a été supprimé par un administrateur", "this message was deleted by admin");
    private static final String[] EDIT_MARKS = {"<Ce message a été modifié>", "<This message was edited>", "<Message modifié>"};
    private static final String[] ATTACHED_SUFFIXES = {" (fichier joint)", " (file attached)", " (Datei angehängt)", " (archivo adjunto)", " (file allegato)"};
    private static final String[] LOCATION_PREFIXES = {"localisation :", "localisation:", "location:", "position :", "ubicación:", "standort:", "posizione:"};
    private static final String[] DOCUMENT_SUFFIXES = {"document manquant", "document omitted"};
    /** No placeholder above is longer. */
    private static final int MAX_PLACEHOLDER = 50;
    private static final Set<String> LIVE_LOCATION = caseInsensitive("localisation en direct partagée", "live location shared");

    private BodyClassifier() {
    }

    static Classified classify(String raw) {
        String body = stripLeadingInvisible(raw);
        boolean edited = false;
        for (String mark : EDIT_MARKS) {
            if (body.endsWith(mark)) {
                body = body.substring(0, body.length() - mark.length()).stripTrailing();
                edited = true;
                break;
            }
        }
        if (body.isEmpty()) {
            return new Classified(MessageKind.TEXT, body, null, null, edited);
        }
        int newline = body.indexOf('\n');
        String first = newline < 0 ? body : body.substring(0, newline);
        String rest = newline < 0 ? null : body.substring(newline + 1);
        // only short first lines can be placeholders: the others are spared the look-ups
        String key = first.length() <= MAX_PLACEHOLDER ? first : null;
        Classified media = media(first, key, rest, body, edited);
        if (media != null) {
            return media;
        }
        if (rest == null && key != null && DELETED.contains(key)) {
            return new Classified(MessageKind.DELETED, body, null, null, edited);
        }
        if (isLocation(first, key)) {
            return new Classified(MessageKind.LOCATION, body, null, null, edited);
        }
        return new Classified(MessageKind.TEXT, body, null, null, edited);
    }

    private static Classified media(String first, String key, String rest, String body, boolean edited) {
        if (key != null && MEDIA_OMITTED.contains(key)) {
            return new Classified(MessageKind.MEDIA, body, null, caption(rest), edited);
        }
        int attached = attachedTag(first);
        if (attached >= 0) {
            int close = first.indexOf('>', attached);
            int colon = first.indexOf(':', attached);
            String file = clean(first.substring(colon + 1, close));
            String after = close + 1 < first.length() ? first.substring(close + 1).strip() : "";
            String caption = join(after.isEmpty() ? null : after, rest);
            return new Classified(MessageKind.MEDIA, body, file, caption, edited);
        }
        for (String suffix : ATTACHED_SUFFIXES) {
            if (first.endsWith(suffix)) {
                return new Classified(MessageKind.MEDIA, body, clean(first.substring(0, first.length() - suffix.length())), caption(rest), edited);
            }
        }
        for (String suffix : DOCUMENT_SUFFIXES) {
            if (endsWithIgnoreCase(first, suffix) && first.length() > suffix.length()) {
                String file = clean(first.substring(0, first.length() - suffix.length()));
                return new Classified(MessageKind.MEDIA, body, file.isEmpty() ? null : file, caption(rest), edited);
            }
        }
        return null;
    }

    /** Index of an iOS {@code <attached: …>} / {@code <pièce jointe : …>} tag on the line, or -1. */
    private static int attachedTag(String line) {
        int open = line.indexOf('<');
        if (open < 0 || line.indexOf('>', open) < 0 || line.indexOf(':', open) < 0) {
            return -1;
        }
        String tag = line.substring(open + 1).toLowerCase(java.util.Locale.ROOT);
        boolean known = tag.startsWith("attached:") || tag.startsWith("pièce jointe") || tag.startsWith("anhang:")
                || tag.startsWith("adjunto:") || tag.startsWith("allegato:") || tag.startsWith("anexo:");
        return known && line.indexOf(':', open) < line.indexOf('>', open) ? open : -1;
    }

    private static boolean isLocation(String first, String key) {
        if (key != null && LIVE_LOCATION.contains(key)) {
            return true;
        }
        for (String prefix : LOCATION_PREFIXES) {
            if (first.regionMatches(true, 0, prefix, 0, prefix.length()) && first.contains("http")) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithIgnoreCase(String s, String suffix) {
        return s.regionMatches(true, s.length() - suffix.length(), suffix, 0, suffix.length());
    }

    private static String caption(String rest) {
        return rest == null || rest.isBlank() ? null : rest;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return caption(b);
        }
        return b == null || b.isBlank() ? a : a + "\n" + b;
    }

    /** A file name without the invisible marks and bullets iOS puts around it. */
    private static String clean(String name) {
        if (name.indexOf('\u200E') < 0 && name.indexOf('\u200F') < 0 && name.indexOf('\uFEFF') < 0) {
            return name.strip();
        }
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (!HeaderParser.isInvisible(ch)) {
                sb.append(ch);
            }
        }
        return sb.toString().strip();
    }

    /**
     * A set that ignores case and a final dot, looked up without allocating: it is consulted for every message.
     * Only ASCII and Latin letters occur in the placeholders, for which {@code CASE_INSENSITIVE_ORDER} is exact.
     */
    private static Set<String> caseInsensitive(String... placeholders) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String p : placeholders) {
            set.add(p);
            set.add(p + ".");
        }
        return set;
    }

    static String stripLeadingInvisible(String s) {
        int i = HeaderParser.skipInvisible(s, 0);
        return i == 0 ? s : s.substring(i);
    }
}
