package humeur.classifier.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** Evaluations as a plain-text report (a summary table, then per-class scores and confusion matrices) or as JSON. */
public final class EvaluationReport {
    private static final JsonFactory JSON = new JsonFactory();

    private EvaluationReport() {
    }

    /** A Markdown-compatible table of the headline numbers, one row per dataset. */
    public static String summaryTable(List<Evaluation> evaluations) {
        StringBuilder out = new StringBuilder();
        out.append("| dataset | examples | accuracy | macro-F1 | ECE | loss |\n");
        out.append("|---|---:|---:|---:|---:|---:|\n");
        for (Evaluation e : evaluations) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %.2f %% | %.4f | %.4f | %.4f |%n", e.dataset(), e.examples(),
                    100 * e.accuracy(), e.macroF1(), e.calibrationError(), e.loss()));
        }
        return out.toString();
    }

    /** The summary table, then for each dataset its per-class scores and confusion matrix. */
    public static String text(List<Evaluation> evaluations) {
        StringBuilder out = new StringBuilder(summaryTable(evaluations));
        for (Evaluation e : evaluations) {
            out.append('\n').append(e.dataset()).append('\n');
            out.append(String.format(Locale.ROOT, "  %-10s %9s %9s %9s %9s%n", "class", "precision", "recall", "F1", "support"));
            for (Evaluation.ClassScores c : e.perClass()) {
                out.append(String.format(Locale.ROOT, "  %-10s %9.4f %9.4f %9.4f %9d%n", c.name(), c.precision(), c.recall(),
                        c.f1(), c.support()));
            }
            out.append("  confusion (rows: gold, columns: predicted)\n");
            out.append(String.format(Locale.ROOT, "  %-10s", ""));
            for (String c : e.classes()) {
                out.append(String.format(Locale.ROOT, " %9s", c));
            }
            out.append('\n');
            for (int g = 0; g < e.classes().size(); g++) {
                out.append(String.format(Locale.ROOT, "  %-10s", e.classes().get(g)));
                for (int p = 0; p < e.classes().size(); p++) {
                    out.append(String.format(Locale.ROOT, " %9d", e.confusion()[g][p]));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The evaluations as a JSON array, one object per dataset. */
    public static String json(List<Evaluation> evaluations) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartArray();
            for (Evaluation e : evaluations) {
                json.writeStartObject();
                json.writeStringField("dataset", e.dataset());
                json.writeNumberField("examples", e.examples());
                json.writeNumberField("accuracy", e.accuracy());
                json.writeNumberField("macroF1", e.macroF1());
                json.writeNumberField("expectedCalibrationError", e.calibrationError());
                json.writeNumberField("loss", e.loss());
                json.writeArrayFieldStart("classes");
                for (Evaluation.ClassScores c : e.perClass()) {
                    json.writeStartObject();
                    json.writeStringField("name", c.name());
                    json.writeNumberField("precision", c.precision());
                    json.writeNumberField("recall", c.recall());
                    json.writeNumberField("f1", c.f1());
                    json.writeNumberField("support", c.support());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeArrayFieldStart("confusion");
                for (int[] row : e.confusion()) {
                    json.writeArray(row, 0, row.length);
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }
}
