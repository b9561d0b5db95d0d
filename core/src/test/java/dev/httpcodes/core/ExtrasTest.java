package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.knowledge.ExtraKnowledge;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A catalogue of one's own, compiled by the real compiler (as the CLI's {@code --knowledge} does) and read back:
 * the writer and {@link RegistryReader#readExtras} must agree on every group of the format, the empty taxonomy
 * groups included.
 */
class ExtrasTest {
    @Test
    void aCompiledCatalogueJoinsTheRegistryInItsPlace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("799.yaml"), """
                id: "799"
                code: 799
                phrase: "Quota Exhausted"
                aliases: ["Quota Used Up", "Out Of Quota"]
                standing: unofficial
                title: {zh: "配额用尽", en: "Quota exhausted"}
                summary: {zh: "配额已经用完。", en: "The quota is used up."}
                description: {zh: "网关在配额用尽时返回 799。", en: "The gateway answers 799 when the quota is used up."}
                references: [{label: "Team wiki", url: "https://wiki.example.org/799"}]
                keywords: {zh: ["配额"], en: ["quota"]}
                """);
        Registry standard = Registry.standard();
        Set<String> vendors = new HashSet<>();
        standard.vendors().forEach(v -> vendors.add(v.id()));
        Set<String> stacks = new HashSet<>();
        standard.stacks().forEach(s -> stacks.add(s.id()));
        Set<String> ids = new HashSet<>();
        standard.entries().forEach(e -> ids.add(e.id()));

        Registry merged = standard.withExtras(ExtraKnowledge.compile(dir, vendors, stacks, ids));

        assertThat(merged.entries()).hasSize(standard.entries().size() + 1);
        Entry extra = merged.getById("799");
        assertThat(extra.code()).isEqualTo(StatusCode.of(799));
        assertThat(extra.aliases()).containsExactly("Quota Used Up", "Out Of Quota");
        assertThat(extra.title()).isEqualTo(new LocalizedText("配额用尽", "Quota exhausted"));
        assertThat(extra.summary().en()).isEqualTo("The quota is used up.");
        assertThat(merged.find("Out Of Quota")).containsExactly(extra);
    }
}
