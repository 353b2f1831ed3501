package humeur.corpora.split;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Whatever the items: nothing lost but repeats, no validation text in training. */
class SplitProperties {

    @Property(tries = 200)
    void noValidationTextInTraining(@ForAll @Size(max = 60) List<@StringLength(max = 4) String> texts,
                                    @ForAll @IntRange(max = 100) int percent, @ForAll long seed) {
        List<Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            items.add(new Item("doc" + i % 7, texts.get(i)));
        }
        TrainValidation<Item> split = Splits.split(items, Item::document, Item::text, Splitter.seeded(seed, percent / 100.0));
        Set<Long> validation = new HashSet<>();
        split.validation().forEach(item -> validation.add(Fingerprints.of(item.text())));
        split.train().forEach(item -> assertFalse(validation.contains(Fingerprints.of(item.text())), item.text()));
        assertEquals(items.size(), split.train().size() + split.validation().size() + split.repeatsDropped());
    }

    private record Item(String document, String text) {
    }
}
