package humeur.corpora.wikipedia;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-ahead thread hands over every byte in order, reports the source's failure, and stops when closed. */
class ReadAheadTest {

    @Test
    void everyByteInOrder() throws Exception {
        byte[] data = new byte[ReadAhead.CHUNK_BYTES * 3 + 12_345];
        new Random(1).nextBytes(data);
        try (ReadAhead in = new ReadAhead(new ByteArrayInputStream(data), "test")) {
            byte[] read = in.readAllBytes();
            assertArrayEquals(data, read);
            assertEquals(-1, in.read());
            assertEquals(-1, in.read(new byte[10], 0, 10));
        }
        try (ReadAhead empty = new ReadAhead(new ByteArrayInputStream(new byte[0]), "test")) {
            assertEquals(-1, empty.read());
        }
    }

    @Test
    void theSourcesFailureIsThrownWhereItHappened() throws Exception {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[100]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Stream ended prematurely");
            }
        });
        try (ReadAhead in = new ReadAhead(failing, "test")) {
            IOException e = assertThrows(IOException.class, in::readAllBytes);
            assertEquals("Stream ended prematurely", e.getMessage());
        }
    }

    @Test
    void closingStopsAReaderThatWaitsOnAFullQueue() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ReadAhead in = new ReadAhead(endless, "endless");
            assertEquals('x', in.read());
            Thread.sleep(100);
            in.close();
            assertThrows(IOException.class, in::read);
            for (Thread t : Thread.getAllStackTraces().keySet()) {
                if (t.getName().equals("read-ahead endless")) {
                    t.join(2000);
                    assertTrue(!t.isAlive(), "the reading thread ends");
                }
            }
        });
    }
}
