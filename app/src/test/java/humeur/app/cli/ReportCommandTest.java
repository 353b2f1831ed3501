package humeur.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import humeur.app.report.ScoredChats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheAggregatesAsCsv() throws Exception {
        Path db = ScoredChats.scored(dir);
        Cli.Result r = Cli.run("report", "--db", db.toString(), "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(String.join("\n",
                "contact,period,period_start,messages,mean,low,high,negative,neutral,positive",
                "Alice,2024-09,2024-09-01,4,0.4575,0.0418,0.8732,0,0.5,0.5",
                "Alice,2024-11,2024-11-01,1,-0.6,-1,1,1,0,0",
                "Bob,2024-09,2024-09-01,3,-0.3167,-0.9373,0.304,0.6667,0,0.3333",
                "Bob,2024-11,2024-11-01,1,0.1,-1,1,0,1,0",
                ""), r.out());
        assertTrue(r.err().contains("Alice"), "the summary goes to stderr when the report is on stdout: " + r.err());
    }

    @Test
    void writesTheAggregatesAsJsonToTheFileNamed() throws Exception {
        Path db = ScoredChats.scored(dir);
        Path file = dir.resolve("report.json");
        Cli.Result r = Cli.run("report", "--db", db.toString(), "--by", "week", "-o", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Report written to " + file + " (JSON, "), r.out());
        String json = Files.readString(file);
        List<String> periods = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("period")) {
                    periods.add(p.nextTextValue());
                }
            }
        }
        assertEquals(List.of("2024-W35", "2024-W36", "2024-W37", "2024-W45", "2024-W35", "2024-W38", "2024-W45"), periods);
        assertTrue(json.contains("\"name\" : \"known test scores\""), json);
        assertFalse(json.contains("Quelle belle"), "aggregates only, no message text");
    }

    @Test
    void writesOneSelfContainedHtmlFileWhereMessagesCannotRun() throws Exception {
        Path db = ScoredChats.scored(dir);
        Path file = dir.resolve("r.html");
        Cli.Result r = Cli.run("report", "--db", db.toString(), "-o", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        String html = Files.readString(file);
        assertFalse(html.contains("http://") && html.contains("<script src"), "no external script");
        assertFalse(html.contains("<script src"), "every script is inline");
        assertFalse(html.contains("window.__pwned = 1</script>"), "the data block cannot be closed by a message");
        assertTrue(html.contains("\\u003cscript\\u003ewindow.__pwned = 1\\u003c/script\\u003e"));
        assertFalse(html.contains("<img src=x"));
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-"));
        assertTrue(html.contains("<html lang=\"fr\">"));
        assertTrue(Files.size(file) < 1_000_000, "ECharts and a few kB: " + Files.size(file));
        assertTrue(r.out().contains("open it in a web browser"), r.out());
    }

    @Test
    void printsASummaryTableWithASparklinePerContact() throws Exception {
        Path db = ScoredChats.scored(dir);
        Cli.Result r = Cli.run("report", "--db", db.toString(), "-o", dir.resolve("r.html").toString(), "--lang", "en");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("Sentiment by contact, scores of known test scores, by month, 2024-09 to 2024-11 (polarity from -1 to 1):",
                lines.get(1));
        assertEquals("CONTACT  MESSAGES   MEAN  NEG  NEU  POS        TREND  MONTHS", lines.get(2));
        assertEquals("Alice           5  +0.25  20%  40%  40%  -0.53/month  │▆ ▂│", lines.get(3));
        assertEquals("Bob             4  -0.21  50%  25%  25%  +0.21/month  │▃ ▅│", lines.get(4));
    }

    @Test
    void withoutScoresSaysToScoreFirstOnOneLine() throws Exception {
        Path db = ScoredChats.imported(dir);
        Cli.Result r = Cli.run("report", "--db", db.toString());
        assertEquals(1, r.exitCode());
        assertEquals("humeur: there are no sentiment scores in " + db + " yet: score the messages first "
                + "(humeur analyze, or humeur import --score)\n", r.err());
    }

    @Test
    void refusesABadCommandLine() throws Exception {
        Path db = ScoredChats.scored(dir);
        Cli.Result r = Cli.run("report", "--db", db.toString(), "--by", "year");
        assertEquals(2, r.exitCode());
        assertEquals("humeur: --by must be day, week or month, not 'year' (see: humeur report --help)\n", r.err());
        Cli.Result dates = Cli.run("report", "--db", db.toString(), "--from", "2024-10-01", "--to", "2024-09-01");
        assertEquals(2, dates.exitCode());
        assertEquals("humeur: --from 2024-10-01 is after --to 2024-09-01 (see: humeur report --help)\n", dates.err());
    }

    @Test
    void saysWhenTheOutputFolderIsMissing() throws Exception {
        Path db = ScoredChats.scored(dir);
        Path file = dir.resolve("nowhere/r.html");
        Cli.Result r = Cli.run("report", "--db", db.toString(), "-o", file.toString());
        assertEquals(1, r.exitCode());
        assertEquals("humeur: " + file + ": cannot write the report: there is no folder " + file.getParent() + "\n", r.err());
        Cli.Result folder = Cli.run("report", "--db", db.toString(), "-o", dir.toString());
        assertEquals(1, folder.exitCode());
        assertEquals("humeur: " + dir + ": cannot write the report: it is a folder (name a file, e.g. "
                + dir.resolve("humeur-report.html") + ")\n", folder.err());
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void hasAManualPage() {
        Cli.Result r = Cli.run("report", "--help");
        assertEquals(0, r.exitCode());
        for (String heading : List.of("SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS", "EXAMPLES", "FILES")) {
            assertTrue(r.out().contains("\n" + heading + "\n"), heading + " in\n" + r.out());
        }
        assertEquals("", r.err(), "picocli formats every paragraph");
        assertFalse(r.out().contains("Default: []"));
        assertTrue(r.out().contains("95% interval"));
        assertTrue(Cli.run("--help").out().contains("report"));
    }
}
