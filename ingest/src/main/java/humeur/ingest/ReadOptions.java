package humeur.ingest;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How to read exports.
 *
 * @param dateOrder           day/month order of WhatsApp dates, {@link DateOrder#AUTO} to infer it per file
 * @param charset             the text encoding, {@code null} to detect it (UTF-8, or UTF-16 with a byte-order mark)
 * @param zone                the zone in which Messenger's UTC instants are turned into local times
 * @param maxEntryBytes       the largest uncompressed zip entry read; larger ones are refused as suspicious
 * @param maxCompressionRatio the highest uncompressed/compressed ratio accepted for a zip entry (zip bombs)
 */
public record ReadOptions(DateOrder dateOrder, Charset charset, ZoneId zone, long maxEntryBytes, double maxCompressionRatio) {

    public ReadOptions {
        Objects.requireNonNull(dateOrder, "dateOrder");
        Objects.requireNonNull(zone, "zone");
    }

    /** Inferred date order, detected encoding, the system zone, 2 GiB entries and a ratio of 100 at most. */
    public static ReadOptions defaults() {
        return new ReadOptions(DateOrder.AUTO, null, ZoneId.systemDefault(), 2L << 30, 100);
    }

    public ReadOptions withDateOrder(DateOrder order) {
        return new ReadOptions(order, charset, zone, maxEntryBytes, maxCompressionRatio);
    }

    public ReadOptions withCharset(Charset newCharset) {
        return new ReadOptions(dateOrder, newCharset, zone, maxEntryBytes, maxCompressionRatio);
    }

    public ReadOptions withZone(ZoneId newZone) {
        return new ReadOptions(dateOrder, charset, newZone, maxEntryBytes, maxCompressionRatio);
    }

    public ReadOptions withZipLimits(long newMaxEntryBytes, double newMaxRatio) {
        return new ReadOptions(dateOrder, charset, zone, newMaxEntryBytes, newMaxRatio);
    }
}
