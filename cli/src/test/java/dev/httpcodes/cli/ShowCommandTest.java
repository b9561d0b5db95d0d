package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.markup.CodeSpans;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShowCommandTest {
    private static final Registry REGISTRY = Registry.standard();

    @Test
    void showsEverythingAboutACode() {
        Entry e = REGISTRY.getById("404");
        Run run = Run.of("404");
        assertThat(run.exit()).isEqualTo(ExitCode.FOUND);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("404 " + e.phrase(), e.title().zh(), e.summary().en(),
                e.references().get(0).url());
        assertThat(run.out()).doesNotContain("\u001b[");
    }

    @Test
    void showSubcommandAndBareQueryAreTheSame() {
        assertThat(Run.of("show", "503")).isEqualTo(Run.of("503"));
    }

    @Test
    void everyMeaningOfANumberStandardFirst() {
        Run run = Run.of("451");
        assertThat(run.exit()).isZero();
        int standard = run.out().indexOf(REGISTRY.getById("451").phrase());
        int microsoft = run.out().indexOf(REGISTRY.getById("451.microsoft").phrase());
        assertThat(standard).isNotNegative().isLessThan(microsoft);
    }

    @Test
    void severalQueriesAtOnce() {
        Run run = Run.of("401", "403", "407");
        assertThat(run.exit()).isZero();
        for (String id : new String[] {"401", "403", "407"}) {
            assertThat(run.out()).contains(id + " " + REGISTRY.getById(id).phrase());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"403.14", "500-11", "4xx", "Not Found", "404 Not Found", "499.esri", "网关超时"})
    void acceptsEveryQueryForm(String query) {
        Run run = Run.of(query);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(REGISTRY.find(query).get(0).phrase());
    }

    @Test
    void verboseAddsTroubleshooting() {
        Entry e = REGISTRY.getById("502");
        String cause = CodeSpans.plain(e.troubleshooting().get(0).cause().en());
        assertThat(Run.of("502").out()).doesNotContain(cause).contains("-v");
        assertThat(Run.of("-v", "502").out()).contains(cause);
        assertThat(Run.of("502", "--verbose").out()).contains(cause);
    }

    @Test
    void codeSpansAreHighlightedOnATerminalAndPlainWhenPiped() {
        Run tty = Run.of(Run.TTY, "-v", "500.100");
        assertThat(tty.out()).contains("\u001b[36m#include\u001b[0m").doesNotContain("`#include`");
        Run pipe = Run.of("-v", "500.100");
        assertThat(pipe.out()).contains("an #include using ../").doesNotContain("`", "\u001b[");
        Run noColor = Run.of(new Environment(java.util.Map.of("LANG", "en_US.UTF-8", "NO_COLOR", "1"), true),
                "-v", "500.100");
        assertThat(noColor.out()).contains("an #include using ../").doesNotContain("`", "\u001b[");
    }

    @Test
    void misconceptionsAreShownUnderTheirHeading() {
        Entry e = REGISTRY.getById("502");
        String out = Run.of("502").out();
        assertThat(out).contains("Common misconceptions");
        e.misconceptions().forEach(m -> assertThat(out.replaceAll("\\s+", " "))
                .contains(CodeSpans.plain(m.en()).replaceAll("\\s+", " ")));
        assertThat(Run.of("--lang", "zh", "502").out()).contains("常见误区");
    }

    @Test
    void chineseByOptionOrLocale() {
        Entry e = REGISTRY.getById("504");
        assertThat(Run.of("--lang", "zh", "504").out()).contains(e.summary().zh());
        assertThat(Run.of("--lang=zh", "504").out()).contains(e.summary().zh());
        Environment chinese = new Environment(Map.of("LANG", "zh_CN.UTF-8"), false);
        assertThat(Run.of(chinese, "504").out()).contains(e.summary().zh());
        Environment lcAllWins = new Environment(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "en_US.UTF-8"), false);
        assertThat(Run.of(lcAllWins, "504").out()).contains(e.summary().en());
        assertThat(Run.of(chinese, "--lang", "en", "504").out()).contains(e.summary().en());
        assertThat(new Environment(Map.of("LC_MESSAGES", "zh_CN"), false).defaultLang()).isEqualTo(Lang.ZH);
    }

    @Test
    void unknownCodeIsOneLineWithSuggestionAndExitOne() {
        Run run = Run.of("4044");
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("\"4044\"", "did you mean", "404");
    }

    @Test
    void partlyFoundPrintsWhatWasFoundAndExitsOne() {
        Run run = Run.of("404", "nonsenseword");
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(run.out()).contains("404 " + REGISTRY.getById("404").phrase());
        assertThat(run.err()).contains("\"nonsenseword\"");
    }

    @Test
    void quickPathAndPicocliPathPrintTheSame() {
        String[][] cases = {{"404"}, {"403.14"}, {"--lang", "zh", "502", "504"}, {"-v", "503"}, {"--no-color", "418"},
            {"4044"}, {"Not Found"}, {"4xx"}, {"500-11", "--lang=zh", "-v"}, {"nonsenseword"}};
        for (Environment env : new Environment[] {Run.PIPE, Run.TTY}) {
            for (String[] args : cases) {
                assertThat(QuickShow.parse(args, Cli.SUBCOMMANDS)).as("quick path takes %s", (Object) args)
                        .isPresent();
                assertThat(Run.of(env, args)).as("same output for %s", (Object) args)
                        .isEqualTo(Run.viaPicocli(env, args));
            }
        }
    }

    @Test
    void colourOnlyOnTerminalsAndNeverWithNoColor() {
        assertThat(Run.of(Run.TTY, "404").out()).contains("\u001b[");
        assertThat(Run.of(Run.TTY, "--no-color", "404").out()).doesNotContain("\u001b[");
        assertThat(Run.of(Run.TTY, "--no-color", "list", "4xx").out()).doesNotContain("\u001b[");
        Environment noColor = new Environment(Map.of("NO_COLOR", "1", "COLUMNS", "100"), true);
        assertThat(Run.of(noColor, "404").out()).doesNotContain("\u001b[");
        assertThat(Run.of(Run.PIPE, "list").out()).doesNotContain("\u001b[");
    }

    @Test
    void wrapsToTerminalWidthOnlyOnTerminals() {
        for (String columns : new String[] {"40", "61", "100"}) {
            Environment narrow = new Environment(Map.of("COLUMNS", columns), true);
            for (String lang : new String[] {"zh", "en"}) {
                Run run = Run.of(narrow, "--lang", lang, "-v", "502");
                assertThat(run.out().lines()).allSatisfy(l -> assertThat(
                        dev.httpcodes.cli.render.DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(Integer.parseInt(columns)));
            }
        }
        String description = REGISTRY.getById("502").description().zh();
        assertThat(Run.of(Run.PIPE, "--lang", "zh", "502").out()).contains(description);
    }
}
