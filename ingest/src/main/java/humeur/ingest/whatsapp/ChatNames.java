package humeur.ingest.whatsapp;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat's name, taken from the export's file name the way WhatsApp builds it in each language:
 * {@code WhatsApp Chat with Natan.txt}, {@code Discussion WhatsApp avec Natan.txt}, {@code WhatsApp Chat - Natan.zip}.
 */
final class ChatNames {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("^WhatsApp Chat (?:with|-) (.+)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Discussion WhatsApp (?:avec|-) (.+)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^WhatsApp[- ]Chat mit (.+)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Chat de WhatsApp con (.+)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Conversa do WhatsApp com (.+)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^Chat WhatsApp con (.+)$", Pattern.CASE_INSENSITIVE));

    private ChatNames() {
    }

    /** The chat name in a file name, or the file name without its extension when it follows no known pattern. */
    static String fromFileName(String fileName) {
        String base = fileName.replaceAll("(?i)\\.(txt|zip)$", "").strip();
        // a browser that downloaded the same export twice appends " (1)"
        base = base.replaceFirst(" \\(\\d+\\)$", "");
        for (Pattern p : PATTERNS) {
            Matcher m = p.matcher(base);
            if (m.matches()) {
                return m.group(1).strip();
            }
        }
        return base;
    }

    /** Whether an entry name looks like a chat text: {@code _chat.txt} or a known "WhatsApp Chat with …" name. */
    static boolean isChatEntryName(String entryName) {
        String file = entryName.substring(entryName.lastIndexOf('/') + 1);
        if (file.equals("_chat.txt")) {
            return true;
        }
        if (!file.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return false;
        }
        String base = file.substring(0, file.length() - 4);
        return PATTERNS.stream().anyMatch(p -> p.matcher(base).matches());
    }
}
