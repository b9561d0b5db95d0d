package dev.httpcodes.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The figures README.md gives for the knowledge base are checked against the registry, so they cannot drift:
 * the number of entries, each standing (with the ids listed for the small ones), and each vendor by its English
 * name from the taxonomy.
 */
class ReadmeCountsTest {
    private static final Pattern SENTENCE = Pattern.compile("(\\d+) entries: (.*?)\\. Every IANA code",
            Pattern.DOTALL);
    private static final Pattern STANDING = Pattern.compile("(\\d+) ([a-z]+)(?: \\(([^)]*)\\))?");
    private static final Pattern VENDOR = Pattern.compile("\\s*(.+?) (\\d+)\\s*");

    @Test
    void readmeCountsAreTheRegistrysCounts() throws IOException {
        Path readme = KnowledgeFiles.root().resolveSibling("README.md");
        String text = Files.readString(readme).replaceAll("\\s+", " ");
        Matcher m = SENTENCE.matcher(text);
        assertThat(m.find()).as("README states the knowledge base's counts").isTrue();
        Registry registry = Registry.standard();
        assertThat(Integer.parseInt(m.group(1))).as("entries").isEqualTo(registry.entries().size());

        Map<String, Integer> standings = new TreeMap<>();
        Map<String, String> listed = new TreeMap<>();
        String vendorList = null;
        for (String part : splitTopLevel(m.group(2))) {
            Matcher s = STANDING.matcher(part.strip());
            assertThat(s.matches()).as("README part: %s", part).isTrue();
            standings.put(s.group(2), Integer.parseInt(s.group(1)));
            if (s.group(2).equals("vendor")) {
                vendorList = s.group(3);
            } else if (s.group(3) != null) {
                listed.put(s.group(2), s.group(3));
            }
        }
        Map<String, Integer> actualStandings = new TreeMap<>();
        Map<String, TreeSet<String>> idsByStanding = new TreeMap<>();
        Map<String, Integer> actualVendors = new LinkedHashMap<>();
        for (Entry e : registry.entries()) {
            actualStandings.merge(e.standing().id(), 1, Integer::sum);
            idsByStanding.computeIfAbsent(e.standing().id(), k -> new TreeSet<>()).add(e.id());
            if (e.standing() == Standing.VENDOR) {
                actualVendors.merge(e.vendor().orElseThrow().name().en(), 1, Integer::sum);
            }
        }
        assertThat(standings).isEqualTo(actualStandings);
        for (Map.Entry<String, String> l : listed.entrySet()) {
            assertThat(new TreeSet<>(List.of(l.getValue().split(",\\s*")))).as("ids of %s", l.getKey())
                    .isEqualTo(idsByStanding.get(l.getKey()));
        }
        assertThat(vendorList).as("vendor counts in README").isNotNull();
        Map<String, Integer> vendors = new LinkedHashMap<>();
        for (String item : vendorList.split(",")) {
            Matcher v = VENDOR.matcher(item);
            assertThat(v.matches()).as("vendor item: %s", item).isTrue();
            vendors.put(v.group(1), Integer.parseInt(v.group(2)));
        }
        assertThat(vendors).isEqualTo(actualVendors);
    }

    /** Splits at commas that are not inside parentheses. */
    private static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(s.substring(from));
        return parts;
    }
}
