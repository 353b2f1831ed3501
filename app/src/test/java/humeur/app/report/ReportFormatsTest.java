package humeur.app.report;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatsTest {
    @Test
    void weeksAreIsoWeeksAcrossTheNewYear() {
        assertEquals("2025-W01", Granularity.WEEK.label(LocalDate.of(2024, 12, 30)));
        assertEquals("2020-W53", Granularity.WEEK.label(LocalDate.of(2021, 1, 3)));
        assertEquals(LocalDate.of(2024, 12, 30), Granularity.WEEK.start(LocalDate.of(2025, 1, 5)));
        assertEquals(List.of(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1)),
                Granularity.MONTH.startsBetween(LocalDate.of(2024, 11, 30), LocalDate.of(2025, 1, 2)));
    }

    @Test
    void sparklinesUseAFixedScaleAndLeaveGapsBlank() {
        assertEquals("▁▄█ ▅", Sparkline.of(Arrays.asList(-1.0, -0.1, 1.0, null, 0.2)));
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas() {
        assertEquals("Léa", CsvReport.text("Léa"));
        assertEquals("\"Dupont, Jean\"", CsvReport.text("Dupont, Jean"));
        assertEquals("\"say \"\"hi\"\"\"", CsvReport.text("say \"hi\""));
        assertEquals("'=1+1", CsvReport.text("=1+1"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvReport.text("=HYPERLINK(\"x\")"));
        assertEquals("'+33 6 12 34 56 78", CsvReport.text("+33 6 12 34 56 78"));
    }

    @Test
    void theHtmlDataBlockCannotBeClosedOrBrokenByAMessage() throws Exception {
        Tally tally = new Tally();
        tally.add(0.5, Sentiment.POSITIVE);
        String text = "</script><script>alert(1)</script> & \u2028\u2029 <!--";
        ReportData data = new ReportData(new ScoringModel(1, "m sha256:0", "m"), ReportSelection.everything(),
                List.of(LocalDate.of(2024, 9, 1)), List.of("chat"), List.of("Ève"),
                List.of(new Cell(0, "Ève", 0, tally)), List.of(new Example(0, 1, "2024-09-01T10:00:00", 0.5, text)), true);
        String json = HtmlReport.payload(data, HtmlReport.Language.FR, LocalDate.of(2025, 1, 1));
        for (String unsafe : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(json.contains(unsafe), unsafe);
        }
        assertTrue(json.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"), json);
        assertTrue(json.contains("\"Ève\""), "other characters as they are");
    }

    @Test
    void exampleTextsAreCutAtACharacterNotInAnEmoji() {
        String longText = "😀".repeat(300);
        String cut = ReportQuery.cut(longText);
        assertEquals(ReportQuery.EXAMPLE_LENGTH + 1, cut.codePointCount(0, cut.length()));
        assertTrue(cut.endsWith("😀…"));
    }

    @Test
    void extremesKeepTheHighestAndLowestOnly() {
        Extremes e = new Extremes(3);
        double[] scores = {0.1, -0.9, 0.8, 0.0, 0.95, -0.2, 0.5, -0.95};
        for (int i = 0; i < scores.length; i++) {
            e.offer(i, scores[i]);
        }
        assertEquals(List.of(4L, 7L, 2L, 1L, 6L, 5L), e.ids(3), "highest and lowest, alternately");
    }
}
