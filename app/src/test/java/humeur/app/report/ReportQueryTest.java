package humeur.app.report;

import humeur.app.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportQueryTest {
    @TempDir
    Path dir;

    private ReportData run(Path db, ReportSelection selection) throws Exception {
        try (Connection c = ReportDatabase.open(db)) {
            return new ReportQuery(c, db).run(selection);
        }
    }

    @Test
    void talliesEachContactPerMonthAcrossChatsWithTheGapsBetween() throws Exception {
        ReportData data = run(ScoredChats.scored(dir), ReportSelection.everything());

        assertEquals(ScoredChats.MODEL, data.model().name());
        assertEquals(List.of("Alice", "Les Amis"), data.chats());
        assertEquals(List.of("Alice", "Bob"), data.contacts(), "most messages first");
        assertEquals(List.of(LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 1), LocalDate.of(2024, 11, 1)),
                data.periods(), "October has no message: it is a gap, not a missing period");
        Map<String, List<PeriodAggregate>> perContact = data.perContact();
        List<PeriodAggregate> alice = perContact.get("Alice");
        assertEquals(List.of("2024-09", "2024-11"), alice.stream().map(PeriodAggregate::label).toList());
        // September: 0.75 and 0 in Les Amis, 0.88 and 0.2 in the chat with Alice.
        Tally september = alice.get(0).tally();
        assertEquals(4, september.count());
        assertEquals(0.4575, september.mean(), 1e-9);
        assertEquals(0.5, september.share(Sentiment.POSITIVE), 1e-9);
        assertEquals(0.5, september.share(Sentiment.NEUTRAL), 1e-9);
        assertEquals(0, september.share(Sentiment.NEGATIVE), 1e-9);
        double sd = Math.sqrt(((0.75 - 0.4575) * (0.75 - 0.4575) + 0.4575 * 0.4575 + (0.88 - 0.4575) * (0.88 - 0.4575)
                + (0.2 - 0.4575) * (0.2 - 0.4575)) / 3);
        assertEquals(0.4575 - 1.96 * sd / 2, september.low(), 1e-9);
        assertEquals(0.4575 + 1.96 * sd / 2, september.high(), 1e-9);
        Tally november = alice.get(1).tally();
        assertEquals(1, november.count(), "the media message has no score and does not count");
        assertEquals(-0.6, november.mean(), 1e-9);
        assertEquals(-1, november.low(), 1e-9, "one message: the band is as wide as it can be");
        assertEquals(1, november.high(), 1e-9);
        Tally bobSeptember = perContact.get("Bob").get(0).tally();
        assertEquals(3, bobSeptember.count());
        assertEquals((-0.5 - 0.75 + 0.3) / 3, bobSeptember.mean(), 1e-9);
        assertEquals(2 / 3.0, bobSeptember.share(Sentiment.NEGATIVE), 1e-9);
    }

    @Test
    void overviewsGiveTotalsTrendAndMostActivePeriods() throws Exception {
        List<ContactOverview> overviews = run(ScoredChats.scored(dir), ReportSelection.everything()).overviews();
        ContactOverview alice = overviews.get(0);
        assertEquals(5, alice.total().count());
        assertEquals((0.75 + 0 + 0.88 + 0.2 - 0.6) / 5, alice.total().mean(), 1e-9);
        // Two points, September (0) at 0.4575 and November (2) at -0.6: slope per month.
        assertEquals((-0.6 - 0.4575) / 2, alice.trend(), 1e-9);
        assertEquals(List.of("2024-09", "2024-11"), alice.mostActive().stream().map(PeriodAggregate::label).toList());
    }

    @Test
    void narrowsToChatsContactsAndDates() throws Exception {
        Path db = ScoredChats.scored(dir);
        ReportSelection all = ReportSelection.everything();
        ReportData group = run(db, new ReportSelection(List.of("Les Amis"), List.of(), null, null, Granularity.MONTH, null));
        assertEquals(2, group.perContact().get("Alice").get(0).tally().count(), "only Les Amis' messages");
        ReportData bob = run(db, new ReportSelection(List.of(), List.of("Bob"), null, null, Granularity.MONTH, null));
        assertEquals(List.of("Bob"), bob.contacts());
        ReportData dates = run(db, new ReportSelection(List.of(), List.of(), LocalDate.of(2024, 9, 2),
                LocalDate.of(2024, 9, 10), Granularity.DAY, null));
        assertEquals(List.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3), LocalDate.of(2024, 9, 4),
                LocalDate.of(2024, 9, 5), LocalDate.of(2024, 9, 6), LocalDate.of(2024, 9, 7), LocalDate.of(2024, 9, 8),
                LocalDate.of(2024, 9, 9), LocalDate.of(2024, 9, 10)), dates.periods(), "--to is inclusive");
        assertEquals(3, dates.cells().stream().mapToLong(c -> c.tally().count()).sum());
        ReportData weeks = run(db, all.by(Granularity.WEEK));
        assertEquals("2024-W35", weeks.periodLabel(0), "Sunday 1 September 2024 is in ISO week 35");
        assertEquals(LocalDate.of(2024, 8, 26), weeks.periods().get(0));
    }

    @Test
    void keepsTheMostPositiveAndNegativeMessagesOfEachCellAsTheyWere() throws Exception {
        ReportData data = run(ScoredChats.scored(dir), ReportSelection.everything());
        assertTrue(data.examplesComplete());
        List<String> bobSeptember = data.examples().stream()
                .filter(e -> data.cells().get(e.cell()).contact().equals("Bob") && data.cells().get(e.cell()).period() == 0)
                .map(Example::text).toList();
        assertEquals(List.of(ScoredChats.IMG, "Bof, pas terrible", ScoredChats.SCRIPT), bobSeptember,
                "most positive first, each once");
        assertEquals(9, data.examples().size(), "every scored message of this small fixture");
    }

    @Test
    void keepsExamplesWithinTheBudgetWhenThereAreTooManyPeriods() throws Exception {
        // 3,100 days with two messages each: one example a side would be 6,200, over the budget of 6,000.
        StringBuilder export = new StringBuilder();
        java.time.LocalDate day = LocalDate.of(2015, 1, 1);
        for (int i = 0; i < 3_100; i++, day = day.plusDays(1)) {
            String date = String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            export.append(date).append(" à 10:00 - Léa: Quelle belle journée\n");
            export.append(date).append(" à 11:00 - Léa: Bof, pas terrible\n");
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("Discussion WhatsApp avec Léa.txt"), export);
        Path db = dir.resolve("humeur.db");
        try (humeur.app.store.ChatStore store = humeur.app.store.ChatStore.open(db);
             humeur.ingest.ChatExport chats = humeur.ingest.Exports.open(file, humeur.ingest.ReadOptions.defaults())) {
            store.importChat(chats.chats().get(0), humeur.app.store.SourceFile.describe(file), "Léa",
                    humeur.app.store.ImportProgress.NONE);
        }
        ScoredChats.addModel(db, "m", "2025-01-01T00:00:00Z", 1.0);
        ReportData data = run(db, ReportSelection.everything().by(Granularity.DAY));
        assertEquals(3_100, data.cells().size());
        assertFalse(data.examplesComplete());
        assertEquals(ReportQuery.EXAMPLE_BUDGET, data.examples().size(), "one a side for the 3,000 busiest days");
        assertTrue(run(db, ReportSelection.everything().by(Granularity.WEEK)).examplesComplete());
    }

    @Test
    void usesTheModelUsedLastOrTheOneAskedFor() throws Exception {
        Path db = ScoredChats.scored(dir);
        ScoredChats.addModel(db, "newer model", "2025-01-01T00:00:00Z", 0.5);
        assertEquals("newer model", run(db, ReportSelection.everything()).model().name());
        ReportSelection older = new ReportSelection(List.of(), List.of(), null, null, Granularity.MONTH, ScoredChats.MODEL);
        ReportData data = run(db, older);
        assertEquals(ScoredChats.MODEL, data.model().name());
        assertEquals(0.4575, data.perContact().get("Alice").get(0).tally().mean(), 1e-9, "the older model's scores");
    }

    @Test
    void saysToScoreFirstWhenThereAreNoScores() throws Exception {
        Path db = ScoredChats.imported(dir);
        StoreException e = assertThrows(StoreException.class, () -> run(db, ReportSelection.everything()));
        assertEquals("there are no sentiment scores in " + db + " yet: score the messages first "
                + "(humeur analyze, or humeur import --score)", e.getMessage());
    }

    @Test
    void namesWhatDoesNotExist() throws Exception {
        Path db = ScoredChats.scored(dir);
        StoreException chat = assertThrows(StoreException.class, () -> run(db,
                new ReportSelection(List.of("Famille"), List.of(), null, null, Granularity.MONTH, null)));
        assertEquals("no chat named 'Famille' in " + db + " (chats: Alice, Les Amis)", chat.getMessage());
        StoreException contact = assertThrows(StoreException.class, () -> run(db,
                new ReportSelection(List.of("Alice"), List.of("Bob"), null, null, Granularity.MONTH, null)));
        assertEquals("no contact named 'Bob' in the chats asked for (in " + db + ")", contact.getMessage());
        StoreException nothing = assertThrows(StoreException.class, () -> run(db,
                new ReportSelection(List.of(), List.of(), LocalDate.of(2030, 1, 1), null, Granularity.MONTH, null)));
        assertTrue(nothing.getMessage().startsWith("no scored messages match"), nothing.getMessage());
        StoreException model = assertThrows(StoreException.class, () -> run(db,
                new ReportSelection(List.of(), List.of(), null, null, Granularity.MONTH, "camembert")));
        assertEquals("no model 'camembert' has scored messages in " + db + " (models: known test scores)", model.getMessage());
    }

    @Test
    void neverCreatesADatabase() {
        Path db = dir.resolve("nowhere.db");
        StoreException e = assertThrows(StoreException.class, () -> ReportDatabase.open(db));
        assertEquals("there is no database at " + db + ": import a chat export first (humeur import FILE)", e.getMessage());
        assertFalse(db.toFile().exists());
    }
}
