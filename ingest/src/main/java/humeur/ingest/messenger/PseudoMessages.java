package humeur.ingest.messenger;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The texts Messenger writes in {@code content} in place of words: attachment notices, reactions, group changes,
 * calls, polls, nicknames, themes, locations. They are written in the account's language; English and French are
 * known here. The lists below are templates, easier to read and extend than regular expressions: {@code {X}} stands
 * for any text (a name, an emoji, a title), {@code {N}} for a number, {@code '} for either apostrophe ({@code '} or
 * {@code ’}). Matching ignores case and surrounding spaces, but not the full stop: Messenger writes it where the
 * template has it, and requiring it spares people's own words that happen to start the same way.
 */
final class PseudoMessages {

    /** What a pseudo-message stands for. */
    enum Kind { ATTACHMENT, LOCATION, EVENT }

    private static final List<String> ATTACHMENTS = List.of(
            "{X} sent an attachment.", "{X} sent a photo.", "{X} sent {N} photos.", "{X} sent a video.",
            "{X} sent {N} videos.", "{X} sent a GIF.", "{X} sent a GIF from {X}.", "{X} sent a sticker.",
            "{X} sent a voice message.", "{X} sent an audio clip.", "{X} sent a file.", "{X} sent a link.",
            "{X} a envoyé une pièce jointe.", "Vous avez envoyé une pièce jointe.", "{X} a envoyé une photo.",
            "Vous avez envoyé une photo.", "{X} a envoyé {N} photos.", "Vous avez envoyé {N} photos.",
            "{X} a envoyé une vidéo.", "Vous avez envoyé une vidéo.", "{X} a envoyé un GIF.", "Vous avez envoyé un GIF.",
            "{X} a envoyé un GIF de {X}.", "{X} a envoyé un autocollant.", "Vous avez envoyé un autocollant.",
            "{X} a envoyé un message vocal.", "Vous avez envoyé un message vocal.", "{X} a envoyé un extrait audio.",
            "{X} a envoyé un fichier.", "Vous avez envoyé un fichier.", "{X} a envoyé un lien.", "Vous avez envoyé un lien.");

    private static final List<String> LOCATIONS = List.of(
            "{X} sent a location.", "{X} sent a live location.", "{X} shared a location.", "{X} shared their location.",
            "{X} a envoyé une position.", "Vous avez envoyé une position.", "{X} a envoyé une localisation.",
            "{X} a partagé une position.", "{X} a partagé sa position.", "Vous avez partagé votre position.");

    private static final List<String> EVENTS = List.of(
            // reactions
            "Reacted {X} to your message", "{X} reacted {X} to your message",
            "A réagi {X} à votre message", "{X} a réagi {X} à votre message",
            // group membership and name
            "{X} added {X} to the group.", "{X} removed {X} from the group.", "{X} left the group.",
            "{X} named the group {X}.", "{X} removed the group name.", "{X} changed the group photo.",
            "{X} joined the group.", "{X} made {X} an admin.", "{X} removed {X} as an admin.",
            "{X} a ajouté {X} au groupe.", "Vous avez ajouté {X} au groupe.", "{X} a retiré {X} du groupe.",
            "Vous avez retiré {X} du groupe.", "{X} a quitté le groupe.", "Vous avez quitté le groupe.",
            "{X} a nommé le groupe {X}.", "Vous avez nommé le groupe {X}.", "{X} a supprimé le nom du groupe.",
            "{X} a changé la photo du groupe.", "Vous avez changé la photo du groupe.", "{X} a rejoint le groupe.",
            // calls
            "You called {X}.", "{X} called you.", "{X} missed your call.", "You missed a call from {X}.",
            "You missed a video call from {X}.", "{X} missed your video call.", "The video call ended.",
            "The call ended.", "{X} started a call.", "{X} started a video call.", "{X} joined the call.",
            "{X} joined the video call.", "Vous avez appelé {X}.", "{X} vous a appelé.", "{X} vous a appelée.",
            "{X} a manqué votre appel.", "{X} a manqué votre appel vidéo.", "Vous avez manqué un appel de {X}.",
            "Vous avez manqué un appel vidéo de {X}.", "L'appel vidéo est terminé.", "L'appel est terminé.",
            "{X} a lancé un appel.", "{X} a lancé un appel vidéo.", "{X} a rejoint l'appel.",
            "{X} a rejoint l'appel vidéo.",
            // polls
            "{X} created a poll: {X}", "{X} voted for {X} in the poll: {X}", "{X} changed {X} vote to {X} in the poll: {X}",
            "{X} a créé un sondage : {X}", "{X} a créé un sondage: {X}", "{X} a voté pour {X} dans le sondage : {X}",
            "{X} a voté pour {X} dans le sondage: {X}", "{X} a changé son vote pour {X} dans le sondage {X}",
            // nicknames
            "{X} set the nickname for {X} to {X}.", "{X} set your nickname to {X}.", "{X} set {X} own nickname to {X}.",
            "{X} set {X} nickname to {X}.", "{X} cleared the nickname for {X}.", "{X} cleared your nickname.",
            "{X} cleared {X} own nickname.", "{X} a défini le surnom de {X} sur {X}.", "{X} a défini votre surnom sur {X}.",
            "{X} a défini son propre surnom sur {X}.", "{X} a défini son surnom sur {X}.",
            "Vous avez défini le surnom de {X} sur {X}.", "{X} a effacé le surnom de {X}.", "{X} a effacé votre surnom.",
            "{X} a effacé son surnom.",
            // themes, emoji, quick reactions
            "{X} changed the theme to {X}.", "{X} changed the chat theme.", "{X} set the emoji to {X}.",
            "{X} set the quick reaction to {X}.", "{X} changed the emoji to {X}.",
            "{X} a changé le thème en {X}.", "{X} a remplacé le thème par {X}.", "{X} a changé le thème de la discussion.",
            "{X} a défini l'emoji sur {X}.", "{X} a remplacé l'emoji par {X}.", "{X} a défini la réaction rapide sur {X}.",
            // the rest
            "{X} pinned a message.", "{X} a épinglé un message.", "{X} waved at you.", "{X} vous a fait coucou.",
            "You are now connected on Messenger.", "Vous êtes maintenant connectés sur Messenger.",
            "Say hi to your new Facebook friend, {X}.", "Dites bonjour à votre nouvel ami Facebook, {X}.",
            "You can now message and call each other {X}", "Vous pouvez maintenant vous écrire et vous appeler {X}");

    private static final List<Template> ATTACHMENT_PATTERNS = compile(ATTACHMENTS);
    private static final List<Template> LOCATION_PATTERNS = compile(LOCATIONS);
    private static final List<Template> EVENT_PATTERNS = compile(EVENTS);

    private PseudoMessages() {
    }

    /** What {@code content} stands for, or {@code null} when it is someone's own words. */
    static Kind kindOf(String content) {
        if (content == null || content.isEmpty()) {
            return null;
        }
        String text = content.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (matchesAny(ATTACHMENT_PATTERNS, text, lower)) {
            return Kind.ATTACHMENT;
        }
        if (matchesAny(LOCATION_PATTERNS, text, lower)) {
            return Kind.LOCATION;
        }
        return matchesAny(EVENT_PATTERNS, text, lower) ? Kind.EVENT : null;
    }

    private static boolean matchesAny(List<Template> templates, String text, String lower) {
        for (Template t : templates) {
            if (lower.contains(t.clue()) && t.pattern().matcher(text).matches()) {
                return true;
            }
        }
        return false;
    }

    private static List<Template> compile(List<String> templates) {
        return templates.stream().map(Template::of).toList();
    }

    /**
     * A compiled template. The clue, its longest fixed words in lower case, is looked for before the pattern is run:
     * nearly every message lacks it, and a hundred patterns with wildcards per message would dominate reading time.
     */
    private record Template(Pattern pattern, String clue) {

        static Template of(String template) {
            StringBuilder regex = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            String clue = "";
            for (int i = 0; i < template.length(); i++) {
                String token = template.startsWith("{X}", i) ? ".+?" : template.startsWith("{N}", i) ? "\\d+"
                        : template.charAt(i) == '\'' ? "['’]" : null;
                if (token == null) {
                    literal.append(template.charAt(i));
                    continue;
                }
                clue = longer(clue, literal);
                flush(literal, regex).append(token);
                i += token.equals("['’]") ? 0 : 2;
            }
            clue = longer(clue, literal);
            flush(literal, regex);
            return new Template(Pattern.compile(regex.toString(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL), clue.strip().toLowerCase(Locale.ROOT));
        }

        private static String longer(String clue, StringBuilder literal) {
            return literal.length() > clue.length() ? literal.toString() : clue;
        }

        private static StringBuilder flush(StringBuilder literal, StringBuilder regex) {
            if (literal.length() > 0) {
                regex.append(Pattern.quote(literal.toString()));
                literal.setLength(0);
            }
            return regex;
        }
    }
}
