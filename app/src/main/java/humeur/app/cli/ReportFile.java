package humeur.app.cli;

import humeur.app.report.CsvReport;
import humeur.app.report.HtmlReport;
import humeur.app.report.JsonReport;
import humeur.app.report.ReportData;
import humeur.app.report.ReportDatabase;
import humeur.app.report.ReportQuery;
import humeur.app.report.ReportSelection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/** The step that ends {@code report} and {@code analyze}: query the scores, write the report, say where it is. */
final class ReportFile {
    /** Where the HTML report goes when -o is not given. */
    static final String DEFAULT_HTML = "humeur-report.html";

    private ReportFile() {
    }

    /** The report data of {@code selection} in the database {@code db}, read on a read-only connection. */
    static ReportData query(Path db, ReportSelection selection) throws SQLException {
        try (Connection connection = ReportDatabase.open(db)) {
            return new ReportQuery(connection, db).run(selection);
        }
    }

    /** Refuses a report file that cannot be written (no such folder, a folder), before any work is done. */
    static void checkWritable(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new IOException(file + ": cannot write the report: there is no folder " + folder);
        }
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": cannot write the report: it is a folder (name a file, e.g. "
                    + file.resolve(DEFAULT_HTML) + ")");
        }
    }

    // Written beside the target and moved over it at the end: an interrupted run leaves no half report.
    /** Writes the report to {@code file} in {@code format} (html, csv or json), replacing it whole. */
    static void write(ReportData data, String format, HtmlReport.Language language, Path file) throws IOException {
        checkWritable(file);
        Path folder = file.toAbsolutePath().getParent();
        Path partial = null;
        try {
            partial = Files.createTempFile(folder, "." + file.getFileName(), ".part");
            partial.toFile().deleteOnExit();
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
                write(data, format, language, w);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (partial != null) {
                Files.deleteIfExists(partial);
            }
            throw new IOException(file + ": cannot write the report: " + reason(e), e);
        }
    }

    /** Writes the report to {@code w} in {@code format} (html, csv or json). */
    static void write(ReportData data, String format, HtmlReport.Language language, Writer w) throws IOException {
        switch (format) {
            case "csv" -> CsvReport.write(data, w);
            case "json" -> JsonReport.write(data, w);
            default -> HtmlReport.write(data, language, LocalDate.now(), w);
        }
    }

    /** "Report written to FILE (HTML, 12.3 kB): open it in a web browser". */
    static void printWritten(PrintWriter out, Path file, String format) throws IOException {
        out.printf(Locale.ROOT, "Report written to %s (%s, %,.1f kB)%s%n", file, format.toUpperCase(Locale.ROOT),
                Files.size(file) / 1e3, format.equals("html") ? ": open it in a web browser" : "");
    }

    /** The format an output file's name implies: csv, json, or else html. */
    static String formatOf(String output) {
        String name = output == null ? "" : output.toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") ? "csv" : name.endsWith(".json") ? "json" : "html";
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage();
    }
}
