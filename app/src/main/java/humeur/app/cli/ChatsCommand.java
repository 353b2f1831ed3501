package humeur.app.cli;

import humeur.app.store.ChatOverview;
import humeur.app.store.ChatStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code humeur chats}: the imported chats, one per line. */
@Command(name = "chats", mixinStandardHelpOptions = true, versionProvider = Humeur.Version.class,
        sortOptions = false,
        header = "List the imported chats.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS,
        footerHeading = ManPage.EXAMPLES,
        description = "Lists the chats in the database, by app and name, with how many messages and participants "
                + "each has and the dates of its first and last message. Reading the list does not wait for an "
                + "import running meanwhile; it shows what that import had not yet committed as absent.",
        exitCodeList = {
            "0:The list was printed (possibly empty).",
            "1:The database could not be read.",
            "2:The command line is wrong."},
        footer = {
            "  humeur chats",
            "  humeur chats --db ~/backup/humeur.db",
            ManPage.FILES,
            ManPage.DATABASE})
public final class ChatsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path db = database.path();
        // Listing must not create a database: a mistyped --db would otherwise leave an empty one behind.
        if (!Files.exists(db)) {
            out.println("No chats yet: there is no database at " + db + ". Import an export with: humeur import FILE");
            out.flush();
            return 0;
        }
        List<ChatOverview> chats;
        try (ChatStore store = ChatStore.open(db)) {
            chats = store.chats();
        }
        if (chats.isEmpty()) {
            out.println("No chats yet in " + db + ". Import an export with: humeur import FILE");
            out.flush();
            return 0;
        }
        TextTable table = new TextTable(List.of("APP", "CHAT", "MESSAGES", "PARTICIPANTS", "FIRST", "LAST"),
                false, false, true, true, false, false);
        for (ChatOverview chat : chats) {
            table.add(chat.platform(), chat.name(), ImportSummary.count(chat.messages()),
                    ImportSummary.count(chat.participants()), date(chat.first()), date(chat.last()));
        }
        table.print(out);
        return 0;
    }

    private static String date(LocalDateTime time) {
        return time == null ? "-" : time.toLocalDate().toString();
    }
}
