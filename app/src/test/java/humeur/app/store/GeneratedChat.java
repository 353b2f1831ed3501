package humeur.app.store;

import humeur.ingest.ChatSource;
import humeur.ingest.ExportFormat;
import humeur.ingest.Message;
import humeur.ingest.MessageReader;
import humeur.ingest.SkippedInput;

import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A WhatsApp-like chat of any length made up on the fly, in constant memory, for speed measurements: short French
 * messages by three people, minute-precision times, and the odd "ok" repeated within a minute. The same seed gives
 * the same chat.
 */
public final class GeneratedChat implements ChatSource {
    private static final String[] WORDS = ("salut ça va oui non peut-être demain ce soir je t'appelle à plus tard "
            + "mdr trop bien la plage on mange où ? merci beaucoup bisous bonne nuit t'es où j'arrive dans "
            + "cinq minutes c'est génial quelle journée fatigué content").split(" ");
    private static final String[] AUTHORS = {"Natan", "Léa", "Maman"};

    private final String name;
    private final long count;
    private final long seed;

    public GeneratedChat(String name, long count, long seed) {
        this.name = name;
        this.count = count;
        this.seed = seed;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String platform() {
        return "whatsapp";
    }

    @Override
    public String origin() {
        return name + " (generated)";
    }

    @Override
    public MessageReader open() {
        return new MessageReader() {
            private final SplittableRandom random = new SplittableRandom(seed);
            private final StringBuilder text = new StringBuilder();
            private LocalDateTime time = LocalDateTime.of(2015, 1, 1, 8, 0);
            private long served;

            @Override
            public Message read() {
                if (served == count) {
                    return null;
                }
                served++;
                time = time.plusMinutes(random.nextInt(4) == 0 ? random.nextInt(240) : 0);
                String author = AUTHORS[random.nextInt(AUTHORS.length)];
                if (random.nextInt(50) == 0) {
                    return Message.text(time, author, "ok");
                }
                text.setLength(0);
                for (int i = 1 + random.nextInt(14); i > 0; i--) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(i > 1 ? " " : "");
                }
                return Message.text(time, author, text.toString());
            }

            @Override
            public ExportFormat format() {
                return ExportFormat.WHATSAPP_ANDROID;
            }

            @Override
            public List<SkippedInput> skipped() {
                return List.of();
            }

            @Override
            public long skippedCount() {
                return 0;
            }

            @Override
            public List<String> notes() {
                return List.of();
            }

            @Override
            public void close() {
            }
        };
    }
}
