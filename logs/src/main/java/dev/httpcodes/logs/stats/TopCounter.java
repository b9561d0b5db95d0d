package dev.httpcodes.logs.stats;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The most frequent values of a stream in bounded memory, counted from bytes: an open-addressing table over a byte
 * arena, so counting a value allocates nothing once the table has grown. Up to {@link #CAPACITY} values are counted
 * exactly; when twice that many are tracked, only the {@code CAPACITY} most counted are kept (a Misra–Gries style
 * prune, amortised O(log n) per value). Values that occur often enough to matter are never lost; counts of values
 * first seen after a prune can be low by at most the count at which values were pruned. Exact whenever a stream has
 * fewer than {@code 2 × CAPACITY} distinct values. Values longer than {@link #MAX_VALUE_BYTES} are counted by their
 * first bytes.
 */
public final class TopCounter implements java.io.Serializable {
    /** Serializable with the {@link LogStats} that hold it. */
    private static final long serialVersionUID = 1L;
    public static final int CAPACITY = 500;
    static final int MAX_VALUE_BYTES = 256;
    private static final int LIMIT = 2 * CAPACITY;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Slot → entry + 1 (0: empty); a power of two, at least twice the entries. */
    private int[] slots = new int[32];
    private int[] hashes = new int[16];
    private int[] offsets = new int[16];
    private int[] lengths = new int[16];
    private long[] counts = new long[16];
    private byte[] arena = new byte[1024];
    private int arenaUsed;
    private int size;
    private long distinctSeen;
    private long[] scratch;

    /** Counts {@code b[start, end)} once. */
    public void add(byte[] b, int start, int end) {
        add(b, start, end, 1);
    }

    public void add(String value) {
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        add(b, 0, b.length, 1);
    }

    void add(byte[] b, int start, int end, long n) {
        int length = Math.min(end - start, MAX_VALUE_BYTES);
        int hash = hash(b, start, length);
        int mask = slots.length - 1;
        int slot = hash & mask;
        while (true) {
            int e = slots[slot] - 1;
            if (e < 0) {
                break;
            }
            if (hashes[e] == hash && lengths[e] == length
                    && Arrays.equals(arena, offsets[e], offsets[e] + length, b, start, start + length)) {
                counts[e] += n;
                return;
            }
            slot = (slot + 1) & mask;
        }
        distinctSeen++;
        if (size == counts.length) {
            grow();
            add(b, start, end, n);
            distinctSeen--;
            return;
        }
        if (arenaUsed + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaUsed + length));
        }
        System.arraycopy(b, start, arena, arenaUsed, length);
        int e = size++;
        hashes[e] = hash;
        offsets[e] = arenaUsed;
        lengths[e] = length;
        counts[e] = n;
        arenaUsed += length;
        slots[slot] = e + 1;
        if (size >= LIMIT) {
            prune();
        }
    }

    private void grow() {
        int capacity = Math.min(LIMIT, counts.length * 2);
        hashes = Arrays.copyOf(hashes, capacity);
        offsets = Arrays.copyOf(offsets, capacity);
        lengths = Arrays.copyOf(lengths, capacity);
        counts = Arrays.copyOf(counts, capacity);
        slots = new int[Integer.highestOneBit(capacity) * 4];
        rehash();
    }

    private void rehash() {
        Arrays.fill(slots, 0);
        int mask = slots.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = hashes[e] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e + 1;
        }
    }

    /** Keeps the CAPACITY most counted values (ties at the threshold: the first ones kept, so the table shrinks). */
    private void prune() {
        if (scratch == null) {
            scratch = new long[LIMIT];
        }
        System.arraycopy(counts, 0, scratch, 0, size);
        Arrays.sort(scratch, 0, size);
        long threshold = scratch[size - CAPACITY];
        int above = 0;
        for (int e = 0; e < size; e++) {
            if (counts[e] > threshold) {
                above++;
            }
        }
        int tiesToKeep = CAPACITY - above;
        byte[] packed = new byte[arena.length];
        int kept = 0;
        int used = 0;
        for (int e = 0; e < size; e++) {
            boolean keep = counts[e] > threshold || counts[e] == threshold && tiesToKeep-- > 0;
            if (keep) {
                System.arraycopy(arena, offsets[e], packed, used, lengths[e]);
                hashes[kept] = hashes[e];
                offsets[kept] = used;
                lengths[kept] = lengths[e];
                counts[kept] = counts[e];
                used += lengths[e];
                kept++;
            }
        }
        arena = packed;
        arenaUsed = used;
        size = kept;
        rehash();
    }

    private static int hash(byte[] b, int start, int length) {
        long h = 0x9E3779B97F4A7C15L ^ length;
        int i = start;
        int end = start + length;
        for (; i + 8 <= end; i += 8) {
            h = (h ^ (long) LONGS.get(b, i)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        for (; i < end; i++) {
            h = (h ^ b[i]) * 0x94D049BB133111EBL;
        }
        h ^= h >>> 29;
        return (int) (h ^ (h >>> 32));
    }

    public void merge(TopCounter other) {
        for (int e = 0; e < other.size; e++) {
            add(other.arena, other.offsets[e], other.offsets[e] + other.lengths[e], other.counts[e]);
        }
        distinctSeen = Math.max(distinctSeen, other.distinctSeen);
    }

    /** The n most frequent values, most frequent first (ties by value, for stable output). */
    public List<Map.Entry<String, Long>> top(int n) {
        List<Map.Entry<String, Long>> all = new ArrayList<>();
        for (int e = 0; e < size; e++) {
            all.add(Map.entry(new String(arena, offsets[e], lengths[e], StandardCharsets.UTF_8), counts[e]));
        }
        all.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return all.subList(0, Math.min(n, all.size()));
    }

    /** How many distinct values this counter has seen at least (more after merges and prunes). */
    public long distinct() {
        return Math.max(distinctSeen, size);
    }
}
