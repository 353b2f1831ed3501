package humeur.classifier;

import ai.djl.ndarray.NDManager;
import humeur.classifier.model.SentimentClassifier;
import humeur.classifier.train.ClassifierTraining;
import humeur.classifier.train.LabelledExample;
import humeur.corpora.labelled.LabelScheme;
import humeur.lm.model.Architecture;
import humeur.lm.model.LanguageModel;
import humeur.lm.text.Vocabulary;
import humeur.lm.train.LoopState;
import humeur.lm.train.TrainingCallback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class ScratchExperimentTest {
    @TempDir
    Path dir;

    @Test
    void experiment() throws Exception {
        List<LabelledExample> all = SentimentData.read(SentimentData.ALLOCINE_TRAIN, LabelScheme.BINARY);
        List<LabelledExample> train = all.subList(0, 1600);
        List<LabelledExample> dev = all.subList(1600, 1800);
        Path vocabularyFile = dir.resolve("vocabulary");
        Vocabulary vocabulary = TinyClassifiers.vocabulary(TinyClassifiers.texts(train), 4000, vocabularyFile);
        double lmSeconds = Double.parseDouble(System.getProperty("x.lm", "8"));
        double lr = Double.parseDouble(System.getProperty("x.lr", "1e-2"));
        float dm = Float.parseFloat(System.getProperty("x.dm", "0.1"));
        int epochs = Integer.parseInt(System.getProperty("x.epochs", "4"));
        boolean gradual = Boolean.parseBoolean(System.getProperty("x.gradual", "false"));
        int maxLen = Integer.parseInt(System.getProperty("x.maxlen", "160"));
        try (NDManager manager = NDManager.newBaseManager()) {
            LanguageModel lm = TinyClassifiers.languageModel(Architecture.AWD_LSTM, vocabulary, manager, 1);
            if (lmSeconds > 0) {
                TinyClassifiers.fineTune(lm, vocabulary, TinyClassifiers.texts(train), dir, lmSeconds);
            }
            ClassifierTraining.Options options = TinyClassifiers.options(epochs).withLearningRate(lr).withDropMult(dm)
                    .withGradualUnfreezing(gradual).withReading(32, maxLen).withDiscriminativeFactor(Float.parseFloat(System.getProperty("x.factor", "2.6")));
            SentimentClassifier classifier = TinyClassifiers.classifier(lm, vocabulary, vocabularyFile,
                    List.of("negative", "positive"), options, manager);
            TrainingCallback losses = new TrainingCallback() {
                double sum;
                int n;

                @Override
                public void afterStep(LoopState state) {
                    sum += state.loss();
                    n++;
                }

                @Override
                public void onEpochEnd(LoopState state) {
                    System.out.printf("epoch %d train loss %.4f lr %.5f%n", state.epoch(), sum / n, state.optimizer().learningRate());
                    sum = 0;
                    n = 0;
                }
            };
            long t = System.nanoTime();
            float[] e0 = classifier.encoder().embedding().weight().getArray().toFloatArray();
            float[] l0 = classifier.encoder().layers().get(1).getParameters().valueAt(0).getArray().toFloatArray();
            ClassifierTraining.train(classifier, TinyClassifiers.tokens(vocabulary, vocabularyFile), train, dev,
                    options, dir.resolve("model"), List.of(losses), null, Map.of("name", "x"), System.out::println);
            System.out.printf("classifier %.1f s%n", (System.nanoTime() - t) / 1e9);
            float[] e1 = classifier.encoder().embedding().weight().getArray().toFloatArray();
            float[] l1 = classifier.encoder().layers().get(1).getParameters().valueAt(0).getArray().toFloatArray();
            double de = 0, dl = 0;
            for (int i = 0; i < e0.length; i++) de += Math.abs(e1[i] - e0[i]);
            for (int i = 0; i < l0.length; i++) dl += Math.abs(l1[i] - l0[i]);
            System.out.println("classifier weight change: embedding " + de / e0.length + " layer1 " + dl / l0.length);
            humeur.classifier.text.TextEncoding enc = humeur.classifier.text.TextEncoding.words(vocabulary, false);
            List<LabelledExample> sub = train.subList(0, 300);
            float[][] p = humeur.classifier.model.ClassifierRunner.probabilities(classifier, manager,
                    sub.stream().map(e -> enc.encode(e.text())).toList(), 32);
            int right = 0;
            for (int i = 0; i < sub.size(); i++) {
                right += ((p[i][1] > p[i][0]) ? 1 : 0) == sub.get(i).label() ? 1 : 0;
            }
            System.out.println("classifier train accuracy in eval mode " + right / 300.0);
            classifier.head().getParameters().forEach(q -> System.out.println(q.getKey() + " " + q.getValue().getArray().getShape()
                    + " mean " + q.getValue().getArray().mean().getFloat() + " min " + q.getValue().getArray().min().getFloat()));
        }
    }
}
