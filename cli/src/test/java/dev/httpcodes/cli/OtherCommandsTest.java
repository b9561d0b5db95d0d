package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.EntryFilter;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.Standing;
import dev.httpcodes.core.StatusClass;
import dev.httpcodes.core.markup.CodeSpans;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherCommandsTest {
    private static final Registry REGISTRY = Registry.standard();

    @Test
    void listPrintsOneRowPerEntry() {
        Run run = Run.of("list");
        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().count()).isEqualTo(REGISTRY.entries().size() + 1);
    }

    @Test
    void listFilters() {
        Run run = Run.of("list", "4xx", "--standing", "vendor", "--vendor", "nginx");
        List<Entry> expected = REGISTRY.list(EntryFilter.all().inClass(StatusClass.CLIENT_ERROR)
                .withStanding(Standing.VENDOR).byVendor("nginx"));
        assertThat(run.exit()).isZero();
        List<String> rows = run.out().lines().skip(1).toList();
        assertThat(rows).hasSize(expected.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i)).startsWith(expected.get(i).id() + " ");
        }
    }

    @Test
    void listHelpNamesTheStandingsEntriesCanHave() {
        Run help = Run.of("list", "--help");
        assertThat(help.exit()).isZero();
        String standings = String.join(", ", REGISTRY.standings().stream().map(l -> l.id()).toList());
        assertThat(help.out().replaceAll("\\s+", " ")).contains("One of: " + standings + ".");
        assertThat(help.out()).doesNotContain(Standing.UNREGISTERED.id());
    }

    @Test
    void listWithNoMatchExitsOne() {
        Run run = Run.of("list", "1xx", "--vendor", "cloudflare");
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(run.err()).contains("no entry matches");
    }

    @Test
    void listRejectsUnknownNamesWithSuggestion() {
        Run vendor = Run.of("list", "--vendor", "ngnix");
        assertThat(vendor.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(vendor.err().lines()).hasSize(1);
        assertThat(vendor.err()).contains("\"ngnix\"", "did you mean nginx");
        Run standing = Run.of("list", "--standing", "offical");
        assertThat(standing.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(standing.err()).contains("unofficial");
        Run statusClass = Run.of("list", "6xx");
        assertThat(statusClass.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(statusClass.err()).contains("\"6xx\"", "5xx");
    }

    @Test
    void searchRanksAndLimits() {
        Run run = Run.of("search", "超时");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("504 ", "408 ");
        Run rate = Run.of("search", "rate", "limit", "--limit", "3");
        assertThat(rate.out().lines().count()).isLessThanOrEqualTo(4);
        assertThat(rate.out()).contains("429 ");
        assertThat(Run.of("search", "not", "foud").out().lines().skip(1).findFirst().orElseThrow())
                .startsWith("404 ");
    }

    @Test
    void searchWithNoResultsOrBadLimit() {
        Run none = Run.of("search", "qwxzkjv");
        assertThat(none.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(none.err()).contains("\"qwxzkjv\"");
        Run zero = Run.of("search", "timeout", "--limit", "0");
        assertThat(zero.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(zero.err()).contains("--limit must be between 1 and 1000, not 0");
        Run notNumber = Run.of("search", "timeout", "--limit", "many");
        assertThat(notNumber.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(notNumber.err()).contains("many");
    }

    @Test
    void explainFiltersByStackAndListsStacks() {
        Entry e = REGISTRY.getById("502");
        Run all = Run.of("explain", "502");
        assertThat(all.exit()).isZero();
        e.troubleshooting().forEach(t -> assertThat(all.out()).contains(CodeSpans.plain(t.cause().en())));
        // Both kinds must exist for the filter to be tested at all: items for nginx and items for other stacks.
        assertThat(e.troubleshooting()).anyMatch(t -> t.stack().equals("nginx"))
                .anyMatch(t -> !t.stack().equals("nginx"));
        Run nginx = Run.of("explain", "502", "--stack", "nginx");
        assertThat(nginx.exit()).isZero();
        e.troubleshooting().forEach(t -> {
            if (t.stack().equals("nginx")) {
                assertThat(nginx.out()).contains(CodeSpans.plain(t.cause().en()));
            } else {
                assertThat(nginx.out()).doesNotContain(CodeSpans.plain(t.cause().en()));
            }
        });
        assertThat(nginx.out()).contains("nginx", "php-fpm");
    }

    @Test
    void explainBadInput() {
        Run stack = Run.of("explain", "502", "--stack", "ngix");
        assertThat(stack.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(stack.err()).contains("did you mean nginx");
        Run noAdvice = Run.of("explain", "200");
        assertThat(noAdvice.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(noAdvice.err()).contains("200");
        Run unknown = Run.of("explain", "4044");
        assertThat(unknown.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(unknown.err()).contains("did you mean");
        // A stack the registry knows but 502 has no advice for, chosen from the registry (never skipped): the
        // answer is "nothing found" naming the stacks 502 does have advice for, in the registry's order.
        List<String> stacksOf502 = REGISTRY.getById("502").troubleshooting().stream()
                .map(t -> t.stack()).distinct().toList();
        String otherStack = REGISTRY.stacks().stream().map(l -> l.id())
                .filter(id -> !stacksOf502.contains(id)).findFirst()
                .orElseThrow(() -> new AssertionError("every known stack has advice for 502"));
        Run stackWithoutAdvice = Run.of("explain", "502", "--stack", otherStack);
        assertThat(stackWithoutAdvice.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(stackWithoutAdvice.err()).contains(String.join(", ", stacksOf502));
        assertThat(stackWithoutAdvice.out()).isEmpty();
    }

    @Test
    void usageErrorsAreOneLineWithExitTwoAndNoStackTrace() {
        String[][] cases = {{"--jsn", "404"}, {"--lang", "fr", "404"}, {"list", "--bogus"}, {"show"},
            {"explain"}, {"search"}, {"--lang"}};
        for (String[] args : cases) {
            Run run = Run.of(args);
            assertThat(run.exit()).as("exit for %s", (Object) args).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).as("stderr for %s", (Object) args).startsWith("httpcodes").doesNotContain("\tat ")
                    .doesNotContain("Exception");
            assertThat(run.err().lines()).as("lines for %s", (Object) args).hasSize(1);
        }
        assertThat(Run.of("--jsn", "404").err()).contains("did you mean --json");
        assertThat(Run.of("--lang", "fr", "404").err()).contains("zh", "en");
    }

    @Test
    void noArgumentsShowsHelpAndExitsTwo() {
        Run run = Run.of();
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Usage: httpcodes");
    }

    @Test
    void helpVersionAndCompletion() {
        Run help = Run.of("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("Exit codes:", "0", "found", "2", "usage error", "show", "list", "search",
                "explain");
        for (String sub : new String[] {"show", "list", "search", "explain"}) {
            Run subHelp = Run.of(sub, "--help");
            assertThat(subHelp.exit()).isZero();
            assertThat(subHelp.out()).contains("Usage: httpcodes " + sub, "Exit codes:");
        }
        Run version = Run.of("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("httpcodes ").contains(REGISTRY.entries().size() + " entries");
        Run completion = Run.of("generate-completion");
        assertThat(completion.exit()).isZero();
        assertThat(completion.out()).contains("complete -F", "httpcodes");
    }
}
