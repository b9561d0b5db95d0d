package dev.httpcodes.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SynonymsTest {
    private static byte[] resource(int magic, int version, boolean trailing) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        out.writeInt(version);
        out.writeInt(1);
        out.writeInt(2);
        out.writeUTF("Slow  Down!");
        out.writeUTF("慢一点");
        out.writeInt(2);
        out.writeUTF("429");
        out.writeUTF("503");
        if (trailing) {
            out.writeByte(0);
        }
        return bytes.toByteArray();
    }

    @Test
    void termsAreFoldedLikeAQueryAndFoundWholeOrWithin() throws IOException {
        Synonyms s = Synonyms.read(resource(0x48435359, 1, false));
        assertThat(s.exact("slow down")).containsExactly("429", "503");
        assertThat(s.exact("slow")).isEmpty();
        assertThat(s.within("nginx slow down")).containsExactly("429", "503");
        assertThat(s.within("slowdown")).isEmpty();
        assertThat(s.within("服务器慢一点吧")).containsExactly("429", "503");
        // The whole query is not "within" itself: that is an exact match, ranked higher.
        assertThat(s.within("slow down")).isEmpty();
        assertThat(s.terms()).containsExactly("slow down", "慢一点");
    }

    @Test
    void aDamagedResourceIsRejected() {
        assertThatThrownBy(() -> Synonyms.read(resource(0x1234, 1, false))).hasMessageContaining("not an httpcodes");
        assertThatThrownBy(() -> Synonyms.read(resource(0x48435359, 9, false))).hasMessageContaining("format 9");
        assertThatThrownBy(() -> Synonyms.read(resource(0x48435359, 1, true))).hasMessageContaining("trailing");
    }

    @Test
    void theBundledSynonymsNameOnlyEntries() {
        Synonyms s = Synonyms.standard();
        s.asMap().values().stream().flatMap(List::stream).forEach(id ->
                assertThat(dev.httpcodes.core.Registry.standard().findById(id)).as(id).isPresent());
        assertThat(Synonyms.none().asMap()).isEmpty();
    }
}
