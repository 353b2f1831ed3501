package humeur.classifier.bench;

import ai.djl.ndarray.NDManager;
import humeur.classifier.ClassifierFiles;
import humeur.classifier.model.ClassifierConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * {@code HalfPrecisionCopy SOURCE TARGET}: saves the classifier folder SOURCE again into TARGET, as humeur saves
 * classifiers now (the encoder in half precision), with its card; for bench/half-precision.sh, which scores both.
 * Not a test.
 */
public final class HalfPrecisionCopy {
    private HalfPrecisionCopy() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        try (NDManager manager = NDManager.newBaseManager()) {
            ClassifierFiles.Loaded loaded = ClassifierFiles.load(source, source.toString(), manager);
            boolean subwords = loaded.classifier().config().tokenizer().equals(ClassifierConfig.SUBWORDS);
            Path tokenizer = source.resolve(subwords ? ClassifierFiles.SUBWORDS : ClassifierFiles.VOCABULARY);
            ClassifierFiles.save(target, loaded.classifier(), tokenizer, loaded.metadata());
            loaded.encoding().close();
        }
        if (Files.exists(source.resolve(ClassifierFiles.CARD))) {
            Files.copy(source.resolve(ClassifierFiles.CARD), target.resolve(ClassifierFiles.CARD), StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.printf("%s (%,d bytes of encoder) → %s (%,d bytes)%n", source,
                Files.size(source.resolve(Files.exists(source.resolve(ClassifierFiles.ENCODER_WEIGHTS))
                        ? ClassifierFiles.ENCODER_WEIGHTS : ClassifierFiles.SINGLE_PRECISION_ENCODER_WEIGHTS)),
                target, Files.size(target.resolve(ClassifierFiles.ENCODER_WEIGHTS)));
    }
}
