package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A damaged resource is refused with a reason, not half-read. */
class RegistryReaderTest {
    @Test
    void rejectsWrongMagicVersionAndLength() throws IOException {
        byte[] good;
        try (InputStream in = RegistryReader.class.getResourceAsStream(RegistryReader.RESOURCE)) {
            good = in.readAllBytes();
        }
        byte[] badMagic = good.clone();
        badMagic[0] = 'X';
        assertThatThrownBy(() -> RegistryReader.read(badMagic)).isInstanceOf(IOException.class)
                .hasMessageContaining("not an httpcodes registry");
        byte[] badVersion = good.clone();
        badVersion[7] = 99;
        assertThatThrownBy(() -> RegistryReader.read(badVersion)).isInstanceOf(IOException.class)
                .hasMessageContaining("format 99");
        byte[] truncated = Arrays.copyOf(good, good.length - 10);
        assertThatThrownBy(() -> RegistryReader.read(truncated)).isInstanceOf(IOException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsABadNumberInTheIndex() throws IOException {
        byte[] bad;
        try (InputStream in = RegistryReader.class.getResourceAsStream(RegistryReader.RESOURCE)) {
            bad = in.readAllBytes();
        }
        // The first record starts with the id and the code of 100 Continue, each ended by the field separator.
        byte[] record = ("100" + RegistryFormat.FIELD + "100" + RegistryFormat.FIELD).getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bad, record);
        assertThat(at).as("the first index record").isPositive();
        bad[at + 4] = 'x';
        byte[] damaged = bad;
        assertThatThrownBy(() -> RegistryReader.read(damaged)).isInstanceOf(IOException.class)
                .hasMessageContaining("bad number");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
