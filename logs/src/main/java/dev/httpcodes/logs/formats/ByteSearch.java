package dev.httpcodes.logs.formats;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finding a byte eight bytes at a time ("SWAR": a zero byte in {@code word ^ pattern} shows where the byte is).
 * The log parsers spend most of their time looking for line ends and quotes; this is several times faster than a
 * byte loop, which the JIT does not vectorise.
 */
public final class ByteSearch {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteSearch() {
    }

    /** The index of the first {@code c} in {@code b[from, end)}, or {@code end} when there is none. */
    public static int find(byte[] b, byte c, int from, int end) {
        long pattern = ONES * (c & 0xff);
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long x = (long) LONGS.get(b, i) ^ pattern;
            long found = (x - ONES) & ~x & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return end;
    }

    /** The index of the first {@code c1} or {@code c2} in {@code b[from, end)}, or {@code end}. */
    public static int findEither(byte[] b, byte c1, byte c2, int from, int end) {
        long p1 = ONES * (c1 & 0xff);
        long p2 = ONES * (c2 & 0xff);
        int i = from;
        for (; i + 8 <= end; i += 8) {
            long w = (long) LONGS.get(b, i);
            long x1 = w ^ p1;
            long x2 = w ^ p2;
            long found = ((x1 - ONES) & ~x1 | (x2 - ONES) & ~x2) & HIGHS;
            if (found != 0) {
                return i + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        for (; i < end; i++) {
            if (b[i] == c1 || b[i] == c2) {
                return i;
            }
        }
        return end;
    }
}
