package humeur.lm.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * A read-only region of a file mapped in segments, since one {@code MappedByteBuffer} stops at 2 GiB. Segments are a
 * power of two bytes long and a multiple of 8, so a 2-, 4- or 8-byte value never straddles two of them.
 */
final class MappedRegion {
    static final int DEFAULT_SEGMENT_BITS = 30;

    private final ByteBuffer[] segments;
    private final int shift;
    private final long mask;

    MappedRegion(FileChannel channel, long position, long length, int segmentBits) throws IOException {
        if (segmentBits < 3 || segmentBits > 30) {
            throw new IllegalArgumentException("segment bits " + segmentBits + " outside 3..30");
        }
        this.shift = segmentBits;
        this.mask = (1L << segmentBits) - 1;
        int count = (int) ((length + mask) >>> segmentBits);
        segments = new ByteBuffer[count];
        for (int i = 0; i < count; i++) {
            long start = (long) i << segmentBits;
            long size = Math.min(1L << segmentBits, length - start);
            segments[i] = channel.map(FileChannel.MapMode.READ_ONLY, position + start, size).order(ByteOrder.LITTLE_ENDIAN);
        }
    }

    int unsignedShort(long offset) {
        return Short.toUnsignedInt(segments[(int) (offset >>> shift)].getShort((int) (offset & mask)));
    }

    int intAt(long offset) {
        return segments[(int) (offset >>> shift)].getInt((int) (offset & mask));
    }

    long longAt(long offset) {
        return segments[(int) (offset >>> shift)].getLong((int) (offset & mask));
    }

    /** Copies {@code length} unsigned values of {@code width} bytes, the first at byte {@code offset}, widened to int. */
    void read(long offset, int width, int[] into, int at, int length) {
        while (length > 0) {
            ByteBuffer segment = segments[(int) (offset >>> shift)];
            int within = (int) (offset & mask);
            int n = Math.min(length, (segment.limit() - within) / width);
            if (width == 2) {
                for (int i = 0; i < n; i++, within += 2) {
                    into[at + i] = Short.toUnsignedInt(segment.getShort(within));
                }
            } else {
                for (int i = 0; i < n; i++, within += 4) {
                    into[at + i] = segment.getInt(within);
                }
            }
            offset += (long) n * width;
            at += n;
            length -= n;
        }
    }
}
