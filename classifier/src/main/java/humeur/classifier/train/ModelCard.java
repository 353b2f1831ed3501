package humeur.classifier.train;

import ai.djl.nn.Parameter;
import humeur.classifier.eval.Evaluation;
import humeur.classifier.eval.EvaluationReport;
import humeur.classifier.model.ClassifierConfig;
import humeur.classifier.model.SentimentClassifier;
import humeur.lm.model.Dropouts;
import humeur.lm.model.LmConfig;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** MODEL.md: what a classifier was trained on, how big it is, with what settings, how long it took and how it scores. */
public final class ModelCard {
    private ModelCard() {
    }

    /** The card's Markdown. */
    public static String write(SentimentClassifier classifier, ClassifierTraining.Options options, Map<String, String> data,
                               int selectedEpoch, Duration time, List<Evaluation> evaluations) {
        ClassifierConfig config = classifier.config();
        LmConfig lm = config.encoder();
        Dropouts d = lm.effectiveDropouts();
        long parameters = classifier.getParameters().values().stream().filter(Parameter::requiresGradient)
                .mapToLong(p -> p.getArray().size()).sum();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(data.getOrDefault("name", "humeur-sentiment")).append("\n\n");
        out.append("A ULMFiT sentiment classifier for French: a fine-tuned language model's encoder read in BPT3C chunks, "
                + "masked concat pooling and fastai's head. Scores are P(negative), P(neutral), P(positive); "
                + (config.classCount() == 2 ? "this model is binary, so P(neutral) is 0.\n\n" : "three classes.\n\n"));
        out.append("## Data\n\n");
        data.forEach((k, v) -> {
            if (!k.equals("name")) {
                out.append("- ").append(k).append(": ").append(v).append('\n');
            }
        });
        out.append("\n## Model\n\n");
        out.append(String.format(Locale.ROOT, "- encoder: %s, vocabulary %,d (%s), embedding %d, hidden %d, %d layers%s%n",
                lm.architecture(), lm.vocabularySize(), config.tokenizer(), lm.embeddingSize(), lm.hiddenSize(), lm.layers(),
                config.backward() ? ", backward" : ""));
        out.append(String.format(Locale.ROOT, "- head: concat pooling (3 × %d) → BatchNorm → Dropout %.3f → Linear %d → ReLU → "
                + "BatchNorm → Dropout 0.1 → Linear %d%n", lm.embeddingSize(), config.headInputDropout(), config.headHidden(),
                config.classCount()));
        out.append(String.format(Locale.ROOT, "- classes: %s%n", String.join(", ", config.classes())));
        out.append(String.format(Locale.ROOT, "- parameters: %,d%n", parameters));
        out.append(String.format(Locale.ROOT, "- reading: bptt %d, pooling over the last %d tokens%n", config.bptt(), config.maxLength()));
        out.append("\n## Training\n\n");
        out.append(String.format(Locale.ROOT, "- %d epochs, batch %d (%s), peak lr %s, %s, discriminative rates /%s per group, 1cycle%n",
                options.epochs(), options.batchSize(), options.batchOrder().name().toLowerCase(Locale.ROOT), options.learningRate(),
                options.gradualUnfreezing() ? "gradual unfreezing (head, then one group more per epoch, then all)" : "no freezing",
                options.discriminativeFactor()));
        out.append(String.format(Locale.ROOT, "- drop_mult %s (output %.3f, hidden %.3f, input %.3f, embedding %.3f, weight %.3f), "
                + "weight decay %s, label smoothing %s, clip %s, seed %d%n", options.dropMult(), d.output(), d.hidden(), d.input(),
                d.embed(), d.weight(), options.weightDecay(), options.labelSmoothing(), options.clip() > 0 ? options.clip() : "none",
                options.seed()));
        out.append(String.format(Locale.ROOT, "- selected epoch (best dev accuracy): %d%n", selectedEpoch));
        out.append(String.format(Locale.ROOT, "- training time until then: %d min %d s%n", time.toMinutes(), time.toSecondsPart()));
        out.append("\n## Evaluation\n\n");
        out.append(EvaluationReport.summaryTable(evaluations));
        return out.toString();
    }
}
