package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.httpcodes.core.Registry;
import org.junit.jupiter.api.Test;

class StatusLineTest {
    private final StatusLine line = new StatusLine();

    @Test
    void aKnownCodeGetsItsPhraseFromTheCompiledKnowledgeInTheJar() {
        String phrase = Registry.standard().getById("404").phrase();
        assertFalse(phrase.isBlank());
        assertEquals("404 " + phrase, line.of(404));
        assertTrue(line.isRegistered(404));
    }

    @Test
    void aCodeWithoutAnEntryIsDescribedNotThrown() {
        Registry registry = Registry.standard();
        int unknown = 200;
        while (!registry.find(unknown).isEmpty()) {
            unknown++;
        }
        assertTrue(unknown < 300, "some 2xx code has no entry");
        assertFalse(line.isRegistered(unknown));
        assertTrue(line.of(unknown).startsWith(unknown + " "));
    }

    @Test
    void coreIsANamedModuleOnTheModulePath() {
        assertEquals("dev.httpcodes.core", Registry.class.getModule().getName());
        assertEquals("sample", StatusLine.class.getModule().getName());
    }
}
