package humeur.corpora.wikipedia;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream ahead on a thread of its own, so that bzip2 decompression, which takes about two thirds of the
 * time of reading a dump, runs beside the XML parsing and wikitext cleaning instead of before them. At most
 * {@value #CHUNKS} chunks of {@value #CHUNK_BYTES} bytes wait, so memory stays bounded; a failure of the source is
 * thrown by the read that reaches it, with the source's message.
 */
final class ReadAhead extends InputStream {
    static final int CHUNK_BYTES = 1 << 20;
    static final int CHUNKS = 4;
    private static final int READ_BYTES = 1 << 16;
    private static final Chunk END = new Chunk(new byte[0], -1, null);

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread producer;
    private volatile boolean closed;
    private Chunk current;
    private int position;

    /** Starts reading {@code source}, which the reading thread closes when done; {@code name} names the thread. */
    ReadAhead(InputStream source, String name) {
        producer = new Thread(() -> produce(source), "read-ahead " + name);
        producer.setDaemon(true);
        producer.start();
    }

    private void produce(InputStream source) {
        try (source) {
            while (!closed) {
                byte[] bytes = new byte[CHUNK_BYTES];
                int length = 0;
                IOException failure = null;
                try {
                    for (int n = 0; n >= 0 && length < CHUNK_BYTES; length += Math.max(n, 0)) {
                        // small reads: a source that fails in the middle of a read loses what that read decoded
                        n = source.read(bytes, length, Math.min(READ_BYTES, CHUNK_BYTES - length));
                    }
                } catch (IOException | RuntimeException e) {
                    failure = e instanceof IOException io ? io : new IOException(e.toString(), e);
                }
                if (length > 0) {
                    queue.put(new Chunk(bytes, length, null));
                }
                if (failure != null || length < CHUNK_BYTES) {
                    queue.put(failure != null ? new Chunk(null, -1, failure) : END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed by the reader: nobody waits for the rest
        } catch (IOException e) {
            // closing the source failed after it was read whole: nothing was lost
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
        if (length == 0) {
            return 0;
        }
        if (current == null || (current.length >= 0 && position == current.length)) {
            current = take();
            position = 0;
        }
        if (current.failure != null) {
            throw new IOException(current.failure.getMessage(), current.failure);
        }
        if (current.length < 0) {
            return -1;
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current.bytes, position, buffer, offset, n);
        position += n;
        return n;
    }

    private Chunk take() throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
    }

    @Override
    public void close() {
        closed = true;
        producer.interrupt();
        queue.clear();
    }

    private record Chunk(byte[] bytes, int length, IOException failure) {
    }
}
