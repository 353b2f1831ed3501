package humeur.classifier.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import humeur.lm.model.LmConfig;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a sentiment classifier: its encoder (a language model's, with the classifier's dropouts), its classes,
 * how it reads documents (BPT3C chunks of {@code bptt}, pooling over the last {@code maxLength} tokens) and its head.
 *
 * @param encoder    the encoder's configuration, dropouts already the classifier's (fastai: 0.4/0.3/0.4/0.05/0.5
 *                   times drop_mult); the head's first dropout is its output dropout
 * @param classes    the class names in output order: {@code negative, positive} or {@code negative, neutral, positive}
 * @param bptt       the chunk length the encoder reads (fastai 72)
 * @param maxLength  how many of a document's last tokens the pooling sees (fastai 1440); earlier ones only feed the state
 * @param headHidden the width of the head's hidden layer (fastai 50)
 * @param tokenizer  {@code words} (FrenchTokenizer + vocabulary) or {@code subwords} (SentencePiece model)
 * @param backward   whether the model reads token sequences reversed (a backward language model's encoder)
 */
public record ClassifierConfig(LmConfig encoder, List<String> classes, int bptt, int maxLength, int headHidden,
                               String tokenizer, boolean backward) {
    /** The class names a classifier may have, in this order. */
    public static final List<String> SENTIMENTS = List.of("negative", "neutral", "positive");
    public static final String WORDS = "words";
    public static final String SUBWORDS = "subwords";
    private static final JsonFactory JSON = new JsonFactory();

    public ClassifierConfig {
        classes = List.copyOf(classes);
        if (!(classes.equals(List.of("negative", "positive")) || classes.equals(SENTIMENTS))) {
            throw new IllegalArgumentException("classes must be [negative, positive] or [negative, neutral, positive], not " + classes);
        }
        if (bptt < 1 || maxLength < 1 || headHidden < 1) {
            throw new IllegalArgumentException("bptt, max length and head width must be positive: " + bptt + ", "
                    + maxLength + ", " + headHidden);
        }
        if (!tokenizer.equals(WORDS) && !tokenizer.equals(SUBWORDS)) {
            throw new IllegalArgumentException("tokenizer must be words or subwords, not " + tokenizer);
        }
    }

    /** fastai's reading (bptt 72, max length 1440) and head (50 hidden) over {@code encoder}. */
    public static ClassifierConfig of(LmConfig encoder, List<String> classes) {
        return new ClassifierConfig(encoder, classes, 72, 1440, 50, WORDS, false);
    }

    /**
     * The most of a document's last tokens that scoring reads: the pooled {@code maxLength} and as many before them
     * to set the state. Reading further back changes nothing: on 20,000-token chats the humeur-fr classifiers gave the
     * same probabilities (to 1e-5) from the last 1,800 tokens as from all of them, and a whole chat scored as one
     * conversation would otherwise be read token by token from its first message.
     */
    public int readLength() {
        return 2 * maxLength;
    }

    /** The number of classes. */
    public int classCount() {
        return classes.size();
    }

    /** The same reading with another chunk length and pooled length. */
    public ClassifierConfig withReading(int newBptt, int newMaxLength) {
        return new ClassifierConfig(encoder, classes, newBptt, newMaxLength, headHidden, tokenizer, backward);
    }

    /** The same with another tokenizer kind and direction. */
    public ClassifierConfig withTokenizer(String newTokenizer, boolean newBackward) {
        return new ClassifierConfig(encoder, classes, bptt, maxLength, headHidden, newTokenizer, newBackward);
    }

    /** The dropout before the head's first linear layer: the encoder's output dropout (0.4 · drop_mult). */
    public float headInputDropout() {
        return encoder.effectiveDropouts().output();
    }

    /** This configuration, but for the encoder, as a JSON object ({@code encoder-config.json} holds the encoder's). */
    public String toJson(Map<String, String> extra) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out).useDefaultPrettyPrinter()) {
            json.writeStartObject();
            json.writeArrayFieldStart("classes");
            for (String c : classes) {
                json.writeString(c);
            }
            json.writeEndArray();
            json.writeNumberField("bptt", bptt);
            json.writeNumberField("maxLength", maxLength);
            json.writeNumberField("headHidden", headHidden);
            json.writeStringField("tokenizer", tokenizer);
            json.writeBooleanField("backward", backward);
            for (Map.Entry<String, String> e : extra.entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** What {@link #toJson} wrote, with the encoder's configuration read separately; extra string fields go to {@code extra}. */
    public static ClassifierConfig fromJson(String text, LmConfig encoder, Map<String, String> extra) {
        Map<String, Object> values = new HashMap<>();
        try (JsonParser json = JSON.createParser(text)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                JsonToken token = json.nextToken();
                if (token == JsonToken.START_ARRAY) {
                    List<String> items = new ArrayList<>();
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        items.add(json.getText());
                    }
                    values.put(name, items);
                } else if (token == JsonToken.START_OBJECT) {
                    json.skipChildren();
                } else {
                    values.put(name, json.getText());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        for (String field : List.of("classes", "bptt", "maxLength", "headHidden", "tokenizer", "backward")) {
            if (!values.containsKey(field)) {
                throw new IllegalArgumentException("field \"" + field + "\" is missing");
            }
        }
        values.forEach((k, v) -> {
            if (v instanceof String s && !List.of("bptt", "maxLength", "headHidden", "tokenizer", "backward").contains(k)) {
                extra.put(k, s);
            }
        });
        @SuppressWarnings("unchecked")
        List<String> classes = (List<String>) values.get("classes");
        try {
            return new ClassifierConfig(encoder, classes, Integer.parseInt((String) values.get("bptt")),
                    Integer.parseInt((String) values.get("maxLength")), Integer.parseInt((String) values.get("headHidden")),
                    (String) values.get("tokenizer"), Boolean.parseBoolean((String) values.get("backward")));
        } catch (NumberFormatException | ClassCastException e) {
            throw new IllegalArgumentException("a number field is not a whole number: " + e.getMessage());
        }
    }
}
