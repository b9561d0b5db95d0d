package dev.httpcodes.server.httpbin.timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class ByteRangesTest {
    @Test
    void readsTheThreeFormsAndCutsAtTheEnd() throws Exception {
        assertThat(ByteRanges.parse("bytes=0-1,5-,-3,8-100", 10)).containsExactly(new ByteRanges.Span(0, 2),
                new ByteRanges.Span(5, 5), new ByteRanges.Span(7, 3), new ByteRanges.Span(8, 2));
        assertThat(ByteRanges.parse("bytes=-100", 10)).containsExactly(new ByteRanges.Span(0, 10));
        assertThat(ByteRanges.parse(null, 10)).isEmpty();
        // A range past the end is dropped when another one overlaps.
        assertThat(ByteRanges.parse("bytes=20-30, 1-1", 10)).containsExactly(new ByteRanges.Span(1, 1));
    }

    @Test
    void onlyRangesPastTheEndIsNoOverlap() {
        assertThatThrownBy(() -> ByteRanges.parse("bytes=20-30", 10)).isInstanceOfSatisfying(
                ByteRanges.Unsatisfiable.class, e -> assertThat(e.noOverlap).isTrue());
    }

    @Test
    void malformedHeadersAndTooManyRangesAreRefused() {
        for (String header : new String[] {"bytes=5-1", "bits=0-1", "bytes=x-", "bytes=1", "bytes=-", "bytes=--2",
            "bytes=" + "0-0,".repeat(ByteRanges.MAX_SPANS + 1)}) {
            assertThatThrownBy(() -> ByteRanges.parse(header, 10)).as(header)
                    .isInstanceOfSatisfying(ByteRanges.Unsatisfiable.class, e -> assertThat(e.noOverlap).isFalse());
        }
    }

    @Property
    void everySpanLiesInsideTheBody(@ForAll @LongRange(min = 1, max = 1 << 20) long size,
            @ForAll @LongRange(max = 1 << 21) long first, @ForAll @LongRange(max = 1 << 21) long length) {
        List<ByteRanges.Span> spans;
        try {
            spans = ByteRanges.parse("bytes=" + first + "-" + (first + length) + ",-" + length, size);
        } catch (ByteRanges.Unsatisfiable e) {
            return;
        }
        for (ByteRanges.Span s : spans) {
            assertThat(s.start()).isBetween(0L, size - 1);
            assertThat(s.end()).isBetween(s.start() - 1, size - 1);
        }
    }
}
