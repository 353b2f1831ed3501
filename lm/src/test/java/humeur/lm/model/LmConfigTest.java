package humeur.lm.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LmConfigTest {

    @Test
    void namedConfigurationsFollowTheRecipes() {
        LmConfig awd = LmConfig.awdLstm(60_000);
        assertEquals(400, awd.embeddingSize());
        assertEquals(1152, awd.hiddenSize());
        assertEquals(3, awd.layers());
        assertEquals(new Dropouts(0.1f, 0.15f, 0.25f, 0.02f, 0.2f), awd.dropouts());
        LmConfig qrnn = LmConfig.qrnn(15_000);
        assertEquals(Architecture.QRNN, qrnn.architecture());
        assertEquals(1550, qrnn.hiddenSize());
        assertEquals(4, qrnn.layers());
        assertEquals(1, awd.padId());
        assertTrue(awd.tiedDecoder());
        assertEquals(400, awd.layerOutputSize(2), "the last layer matches the embedding for tying");
        assertEquals(1152, awd.layerOutputSize(1));
    }

    @Test
    void dropMultScalesEveryDropout() {
        Dropouts scaled = LmConfig.awdLstm(100).withDropouts(Dropouts.classifier()).withDropMult(0.5f)
                .effectiveDropouts();
        assertEquals(new Dropouts(0.2f, 0.15f, 0.2f, 0.025f, 0.25f), scaled);
    }

    @Test
    void jsonRoundTrips() {
        LmConfig config = LmConfig.qrnnSmall(1234).withDropMult(0.3f);
        assertEquals(config, LmConfig.fromJson(config.toJson()));
        LmConfig untied = new LmConfig(Architecture.AWD_LSTM, 50, 8, 16, 2, Dropouts.none(), 0f, 1, false);
        assertEquals(untied, LmConfig.fromJson(untied.toJson()));
    }

    @Test
    void badJsonNamesTheField() {
        String json = LmConfig.awdLstmSmall(100).toJson();
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> LmConfig.fromJson(json.replaceAll("\"hiddenSize\" : \\d+,", "")));
        assertTrue(missing.getMessage().contains("hiddenSize"), missing.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> LmConfig.fromJson(json.replace("\"layers\"", "\"depth\"")));
        assertTrue(unknown.getMessage().contains("depth"), unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LmConfig.awdLstm(100).withDropMult(5f));
    }
}
