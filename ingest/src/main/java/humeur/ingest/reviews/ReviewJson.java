package humeur.ingest.reviews;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A review as one line of JSON (JSON Lines), the format of review files:
 * <pre>{"site":"allocine","film_id":"…","film_title":"…","review_id":"…","author":"…","rating":"4,5",
 * "rating_out_of_5":4.5,"date":"2024-03-12","text":"…","url":"…"}</pre>
 * Missing values are {@code null}. Reading is strict about what labels depend on (the rating and the text) and
 * lenient about the rest, so that files written by hand or by other tools can be labelled too.
 */
final class ReviewJson {
    private static final JsonFactory JSON = new JsonFactoryBuilder().build();

    private ReviewJson() {
    }

    /** The review as one line of JSON, without the line break. */
    static String line(Review r) {
        StringWriter s = new StringWriter(256 + r.text().length());
        try (JsonGenerator json = JSON.createGenerator(s)) {
            json.writeStartObject();
            json.writeStringField("site", r.site());
            json.writeStringField("film_id", r.filmId());
            json.writeStringField("film_title", r.filmTitle());
            json.writeStringField("review_id", r.reviewId());
            json.writeStringField("author", r.author());
            json.writeStringField("rating", r.rating());
            json.writeNumberField("rating_out_of_5", r.ratingOutOf5());
            json.writeStringField("date", r.date() == null ? null : r.date().toString());
            json.writeStringField("text", r.text());
            json.writeStringField("url", r.url());
            json.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return s.toString();
    }

    /**
     * The review written on {@code line}.
     *
     * @throws IllegalArgumentException saying what is wrong with the line, in a few words
     */
    static Review parse(String line) {
        String site = null, filmId = null, filmTitle = null, reviewId = null, author = null, rating = null;
        String date = null, text = null, url = null;
        Double outOf5 = null;
        try (JsonParser json = JSON.createParser(line)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (value.isStructStart()) {
                    json.skipChildren();
                    continue;
                }
                switch (field) {
                    case "site" -> site = string(json, value);
                    case "film_id" -> filmId = string(json, value);
                    case "film_title" -> filmTitle = string(json, value);
                    case "review_id" -> reviewId = string(json, value);
                    case "author" -> author = string(json, value);
                    case "rating" -> rating = string(json, value);
                    case "rating_out_of_5" -> outOf5 = value.isNumeric() ? json.getDoubleValue() : null;
                    case "date" -> date = string(json, value);
                    case "text" -> text = string(json, value);
                    case "url" -> url = string(json, value);
                    default -> {
                        // Fields added by other tools are kept out of the way, not refused.
                    }
                }
            }
            if (json.currentToken() != JsonToken.END_OBJECT || json.nextToken() != null) {
                throw new IllegalArgumentException("not one JSON object");
            }
        } catch (IOException e) {
            // A crawl killed mid-line leaves a line cut short: worth saying in those words.
            String why = firstLine(e.getMessage());
            throw new IllegalArgumentException(why.startsWith("Unexpected end-of-input") ? "cut short"
                    : "not JSON (" + why + ")");
        }
        if (outOf5 == null) {
            throw new IllegalArgumentException("no rating_out_of_5");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no text");
        }
        return new Review(site == null ? "" : site, filmId, filmTitle, reviewId == null ? "" : reviewId, author,
                rating, outOf5, date(date), text, url);
    }

    private static String string(JsonParser json, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : json.getValueAsString();
    }

    private static LocalDate date(String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstLine(String message) {
        int end = message == null ? -1 : message.indexOf('\n');
        return message == null ? "unreadable" : end < 0 ? message : message.substring(0, end);
    }
}
