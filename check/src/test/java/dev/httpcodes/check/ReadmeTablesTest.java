package dev.httpcodes.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.check.lint.CheckTable;
import dev.httpcodes.core.rules.LintRule;
import dev.httpcodes.core.rules.Producer;
import dev.httpcodes.core.rules.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * README's rule table and producer list are the data, row for row; and every rule's check has code behind it.
 * On a mismatch the expected table is in the failure message, ready to paste.
 */
class ReadmeTablesTest {
    private static final Path README = Path.of(System.getProperty("docs.dir", "../docs")).resolveSibling("README.md");

    static String rulesTable() {
        StringBuilder t = new StringBuilder("| rule | level | codes | field | section |\n|---|---|---|---|---|\n");
        for (LintRule r : Checks.KNOWLEDGE.rules()) {
            t.append("| `").append(r.id()).append("` | ").append(r.level()).append(" | ")
                    .append(String.join(", ", r.codes())).append(" | ")
                    .append(r.fields().isEmpty() ? "—" : String.join(", ", r.fields())).append(" | [")
                    .append(r.section().label()).append("](").append(r.section().url()).append(") |\n");
        }
        return t.toString();
    }

    static String producersTable() {
        StringBuilder t = new StringBuilder("| producer | layer | header fields | body patterns |\n|---|---|---|---|\n");
        for (Producer p : Checks.KNOWLEDGE.producers()) {
            Set<String> headers = new LinkedHashSet<>();
            int bodies = 0;
            for (Signal s : p.signals()) {
                s.header().ifPresent(headers::add);
                bodies += s.body().isPresent() ? 1 : 0;
            }
            t.append("| ").append(p.name()).append(" | ").append(p.layer()).append(" | ")
                    .append(headers.isEmpty() ? "—" : "`" + String.join("`, `", headers) + "`").append(" | ")
                    .append(bodies).append(" |\n");
        }
        return t.toString();
    }

    private static String between(String text, String marker) {
        String start = "<!-- " + marker + ":start -->\n";
        String end = "<!-- " + marker + ":end -->";
        int a = text.indexOf(start);
        int b = text.indexOf(end);
        assertThat(a).as("README has " + start.strip()).isGreaterThanOrEqualTo(0);
        return text.substring(a + start.length(), b);
    }

    @Test
    void readmeTablesMatchTheData() throws Exception {
        String readme = Files.readString(README);
        assertThat(between(readme, "check-rules")).isEqualTo(rulesTable());
        assertThat(between(readme, "check-producers")).isEqualTo(producersTable());
    }

    @Test
    void everyRuleHasItsCheck() {
        for (LintRule r : Checks.KNOWLEDGE.rules()) {
            assertThat(CheckTable.kinds()).as(r.id()).contains(r.check());
        }
    }
}
