package dev.httpcodes.check.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;

/** A socket's input where every read gives up at the hop's deadline, so a dripping server cannot hold us. */
final class DeadlineInput extends InputStream {
    private final Socket socket;
    private final InputStream in;
    private final long deadline;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;
    /** Nanotime of the first byte received, or 0. */
    long firstByteAt;

    DeadlineInput(Socket socket, long deadline) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.deadline = deadline;
    }

    private boolean fill(int timeoutMs) throws IOException {
        socket.setSoTimeout(timeoutMs);
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        if (firstByteAt == 0) {
            firstByteAt = System.nanoTime();
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public int read() throws IOException {
        if (position == limit && !fill(Connection.remaining(deadline))) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (position == limit && !fill(Connection.remaining(deadline))) {
            return -1;
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(buffer, position, b, off, n);
        position += n;
        return n;
    }

    /**
     * Reads whatever else arrives within {@code waitMs} (bounded by the deadline): used where the status allows no
     * content, to see content a server sends anyway. We asked for {@code Connection: close}, so a well-behaved
     * server has already closed and this returns at once.
     */
    int readExtra(byte[] b, int off, int len, int waitMs) throws IOException {
        if (position < limit) {
            return read(b, off, len);
        }
        try {
            if (!fill(Math.min(waitMs, Connection.remaining(deadline)))) {
                return -1;
            }
        } catch (java.net.SocketTimeoutException e) {
            return -1;
        }
        return read(b, off, len);
    }
}
