package humeur.app.cli;

import humeur.app.store.ChatStore;
import humeur.app.store.ImportCancelledException;
import humeur.app.store.ScoreStore;
import humeur.app.store.StoredChat;
import humeur.app.store.StoredModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code humeur rescore}: scores the stored messages and sessions that lack a score from the current model. */
@Command(name = "rescore", mixinStandardHelpOptions = true, versionProvider = Humeur.Version.class,
        sortOptions = false, showDefaultValues = true,
        header = "Score the imported chats' messages and sessions that lack a score from the model.",
        synopsisHeading = ManPage.SYNOPSIS, descriptionHeading = ManPage.DESCRIPTION,
        optionListHeading = ManPage.OPTIONS, exitCodeListHeading = ManPage.EXIT_STATUS,
        footerHeading = ManPage.EXAMPLES,
        description = {
            "Scores, with the model, every stored message that carries words and has no score from this model: "
                    + "text messages on their text, media on their caption. Media without a caption, deleted "
                    + "messages, app events and locations are not scored. Running it again scores only what is "
                    + "still missing, so it is quick when nothing is new, and it finishes an interrupted run.",
            "",
            "Each score is stored with the model that gave it. After a model change, the scores of the older "
                    + "model are kept but stale: this command first says how many messages lack a score from the "
                    + "current model, and how many of them have only older scores, then scores them.",
            "",
            "Each chat is also cut into sessions, a new one after more than --session-gap minutes of silence "
                    + "between messages that carry words, and each session is scored as one conversation, its "
                    + "messages read in time order. Sessions that new messages changed are scored again; the "
                    + "others are kept.",
            "",
            "Scores are written a batch at a time, each batch in one transaction: Ctrl-C or a crash loses at most "
                    + "the batch being written."},
        exitCodeList = {
            "0:Every message and session has a score from the model.",
            "1:There is no model or no such chat, or the database could not be used (see the message).",
            "2:The command line is wrong.",
            "130:Interrupted (Ctrl-C): the scores written before are kept; run it again to finish."},
        footer = {
            "  humeur rescore",
            "  humeur rescore --model ~/models/humeur-fr-v2",
            "  humeur rescore --chat Natan --session-gap 30",
            ManPage.FILES,
            ManPage.DATABASE,
            ManPage.ENVIRONMENT})
public final class RescoreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Mixin
    private ModelOption model;

    @Option(names = "--chat", paramLabel = "NAME",
            description = "Score only the chat of this name (in every app that has one). Default: every chat.")
    private String chatName;

    @Mixin
    private SessionGapOption sessionGap;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path db = database.path();
        // Scoring must not create a database: a mistyped --db would otherwise leave an empty one behind.
        if (!Files.exists(db)) {
            throw new IOException("there is no database at " + db + ": import an export first with: humeur import FILE");
        }
        try (ModelOption.OpenModel open = model.open();
             ChatStore store = ChatStore.open(db);
             InterruptGuard guard = InterruptGuard.install(store.cancellation(), err)) {
            ScoreStore scores = new ScoreStore(store);
            List<StoredChat> chats = scores.chats(chatName);
            if (chats.isEmpty()) {
                throw new IOException(chatName == null ? "no chats yet in " + db + ": import an export first with: "
                        + "humeur import FILE" : "no chat named \"" + chatName + "\" in " + db + " (humeur chats "
                        + "lists them)");
            }
            StoredModel stored = scores.useModel(open.scorer());
            out.println(ChatScoring.lacking(scores, stored, chats));
            out.flush();
            guard.importing("the batch of scores being written (those before are kept; humeur rescore goes on "
                    + "from there)");
            ChatScoring.Result scored = new ChatScoring(scores, stored, open.scorer(), sessionGap.minutes(),
                    ScoringBar.terminal()).scoreAll(chats, out);
            out.println(ChatScoring.describe(scored)
                    + (scored.messages() == 0 && scored.sessions() == 0 ? ": everything was up to date" : ""));
            out.flush();
        } catch (ImportCancelledException e) {
            // The shutdown hook has said what was lost; the JVM is exiting.
            return 130;
        }
        return 0;
    }
}
