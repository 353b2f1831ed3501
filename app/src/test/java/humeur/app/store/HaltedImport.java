package humeur.app.store;

import java.nio.file.Path;

/** Run in a separate JVM by {@link ChatStoreTransactionTest}: imports a chat and halts the JVM part-way. */
public final class HaltedImport {
    static final int EXIT_CODE = 42;

    private HaltedImport() {
    }

    /** Arguments: the database, how many messages the chat has, after how many to halt. */
    public static void main(String[] args) throws Exception {
        int messages = Integer.parseInt(args[1]);
        int haltAfter = Integer.parseInt(args[2]);
        int[] read = {0};
        ChatStore store = ChatStore.open(Path.of(args[0]));
        store.importChat(ListedChat.whatsapp("Natan", Messages.numbered(messages)),
                new SourceFile(Path.of("export.txt").toAbsolutePath(), null, null), "Natan", m -> {
                    if (++read[0] == haltAfter) {
                        Runtime.getRuntime().halt(EXIT_CODE);
                    }
                });
        System.exit(1);
    }
}
