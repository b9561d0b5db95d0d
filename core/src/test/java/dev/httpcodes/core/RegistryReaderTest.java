package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
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
}
