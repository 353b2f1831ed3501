package humeur.app.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as one HTML file that works offline: ECharts, the page's script and style and the report's data are all
 * inside it. The data travels as a JSON block that the page's script reads and shows through text nodes only, and a
 * Content-Security-Policy lets only those two scripts run and nothing be fetched: a message holding markup stays
 * text.
 */
public final class HtmlReport {
    /** The ECharts build inlined: the "common" one (lines, bars, tooltips, zoom) is 0.66 MB, the full one 1 MB. */
    static final String ECHARTS = "/META-INF/resources/webjars/echarts/" + echartsVersion() + "/echarts.common.min.js";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");

    private HtmlReport() {
    }

    /** The languages of the page: French by default, or English. */
    public enum Language {
        FR, EN;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Writes the page of {@code data} in {@code language} to {@code out}, {@code today} being its date. */
    public static void write(ReportData data, Language language, LocalDate today, Writer out) throws IOException {
        String echarts = resource(ECHARTS);
        String script = resource("/humeur/app/report/report.js");
        Map<String, String> values = new HashMap<>();
        values.put("lang", language.code());
        values.put("title", language == Language.FR ? "humeur — le ton de vos conversations" : "humeur — how your conversations feel");
        values.put("noscript", language == Language.FR ? "Ce rapport a besoin de JavaScript pour afficher ses graphiques."
                : "This report needs JavaScript to draw its charts.");
        // No network at all (default-src 'none'), and only these two scripts, by hash. Styles may be inline:
        // ECharts positions its tooltips with them, and a style cannot run code.
        values.put("csp", "default-src 'none'; script-src '" + sha256(echarts) + "' '" + sha256(script)
                + "'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
        values.put("style", resource("/humeur/app/report/report.css"));
        values.put("echarts", echarts);
        values.put("data", payload(data, language, today));
        values.put("script", script);
        Matcher m = PLACEHOLDER.matcher(resource("/humeur/app/report/report.html"));
        StringBuilder page = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(page, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(page);
        out.write(page.toString());
        out.flush();
    }

    /**
     * The report's data as JSON, safe inside a script element: {@code <}, {@code >} and {@code &} are written as
     * {@code \}{@code u003c}… escapes, so no text can close the element, and so are U+2028 and U+2029. These
     * characters only ever occur inside JSON strings, where the escapes mean the same characters.
     */
    static String payload(ReportData data, Language language, LocalDate today) throws IOException {
        StringWriter json = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(json)) {
            g.writeStartObject();
            g.writeStringField("lang", language.code());
            g.writeStringField("by", data.selection().by().id());
            g.writeStringField("model", data.model().name());
            g.writeStringField("generated", today.toString());
            strings(g, "periods", data.periods().stream().map(data.selection().by()::label).toList());
            strings(g, "chats", data.chats());
            strings(g, "contacts", data.contacts());
            Map<String, Integer> contactIndex = new HashMap<>();
            for (int i = 0; i < data.contacts().size(); i++) {
                contactIndex.put(data.contacts().get(i), i);
            }
            // Cells as arrays, not objects: [chat, contact, period, count, sum, sum of squares, negative, neutral,
            // positive]; names would be most of the size.
            g.writeArrayFieldStart("cells");
            for (Cell c : data.cells()) {
                Tally t = c.tally();
                g.writeStartArray();
                g.writeNumber(c.chat());
                g.writeNumber(contactIndex.get(c.contact()));
                g.writeNumber(c.period());
                g.writeNumber(t.count());
                g.writeNumber(Numbers.rounded(t.sum()));
                g.writeNumber(Numbers.rounded(t.sumOfSquares()));
                for (Sentiment s : Sentiment.values()) {
                    g.writeNumber(t.labelled(s));
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("examples");
            for (Example e : data.examples()) {
                g.writeStartArray();
                g.writeNumber(e.cell());
                g.writeString(e.time());
                g.writeNumber(Numbers.rounded(e.score()));
                g.writeString(e.text());
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeBooleanField("examplesComplete", data.examplesComplete());
            g.writeEndObject();
        }
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String echartsVersion() {
        java.util.Properties p = new java.util.Properties();
        try {
            p.load(new java.io.StringReader(resource("/humeur/app/report/echarts.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source allowing an inline script of exactly {@code script}. */
    private static String sha256(String script) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
