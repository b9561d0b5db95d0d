package dev.httpcodes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.guide.Answer;
import dev.httpcodes.core.guide.Choice;
import dev.httpcodes.core.guide.Comparison;
import dev.httpcodes.core.guide.DecisionFlow;
import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.core.guide.Question;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** httpcodes which and httpcodes compare: walks, bad input, end of input, JSON, unknown codes. */
class GuideCommandsTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final DecisionFlow FLOW = Guides.standard().which();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Run withInput(String stdin, String... args) {
        return withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private static Run withInput(InputStream in, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Cli(Run.PIPE, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The replies that lead to the first answer found depth-first, and that answer. */
    private static List<Integer> pathToFirstAnswer(Question q, List<Integer> so, Answer[] found) {
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            List<Integer> path = new ArrayList<>(so);
            path.add(i + 1);
            if (c.answer().isPresent()) {
                found[0] = c.answer().get();
                return path;
            }
            return pathToFirstAnswer(FLOW.next(c), path, found);
        }
        throw new AssertionError("a question without choices");
    }

    private static String joined(List<Integer> replies) {
        StringBuilder b = new StringBuilder();
        replies.forEach(r -> b.append(b.length() == 0 ? "" : ",").append(r));
        return b.toString();
    }

    @Test
    void everyAnswerIsReachableWithAnswersAndPrintsItsCode() {
        int answers = 0;
        List<Object[]> todo = new ArrayList<>();
        todo.add(new Object[] {FLOW.start(), List.<Integer>of()});
        while (!todo.isEmpty()) {
            Object[] item = todo.remove(todo.size() - 1);
            Question q = (Question) item[0];
            @SuppressWarnings("unchecked")
            List<Integer> so = (List<Integer>) item[1];
            for (int i = 0; i < q.choices().size(); i++) {
                Choice c = q.choices().get(i);
                List<Integer> path = new ArrayList<>(so);
                path.add(i + 1);
                if (c.next().isPresent()) {
                    todo.add(new Object[] {FLOW.next(c), path});
                    continue;
                }
                answers++;
                Entry e = REGISTRY.getById(c.answer().get().code());
                Run run = Run.of("which", "--answers", joined(path));
                assertThat(run.exit()).as(path.toString()).isZero();
                assertThat(run.out()).contains(e.id() + " " + e.phrase())
                        .contains(c.answer().get().why().en().substring(0, 20));
            }
        }
        assertThat(answers).isGreaterThanOrEqualTo(30);
    }

    @Test
    void interactiveWalkWithBadRepliesAndGoingBack() {
        Answer[] found = new Answer[1];
        List<Integer> path = pathToFirstAnswer(FLOW.start(), List.of(), found);
        // A bad number, a word, then the first reply, back, and the whole path.
        String input = "99\nhello\n" + path.get(0) + "\nb\n" + String.join("\n",
                path.stream().map(String::valueOf).toList()) + "\n";
        Run run = withInput(input, "which", "--lang", "en");
        assertThat(run.exit()).isZero();
        Entry e = REGISTRY.getById(found[0].code());
        assertThat(run.out()).contains("Use: " + e.id() + " " + e.phrase());
        assertThat(run.err()).contains("\"99\" is not a choice", "\"hello\" is not a choice");
        // The first question is shown twice: at the start and after going back.
        assertThat(run.out().split(java.util.regex.Pattern.quote(FLOW.start().text().en()), -1)).hasSize(3);
    }

    @Test
    void endOfInputBeforeAnAnswerIsExit1() {
        Run run = withInput("1\n", "which");
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(run.err()).contains("input ended before an answer was reached");
        Run empty = withInput("", "which");
        assertThat(empty.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
    }

    @Test
    void quitIsExit1() {
        Run run = withInput("q\n", "which");
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(run.err()).contains("quit");
    }

    @Test
    void tooManyBadRepliesGiveUp() {
        Run run = withInput("x\n".repeat(WhichCommand.MAX_BAD_REPLIES + 10), "which");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains(WhichCommand.MAX_BAD_REPLIES + " invalid replies in a row");
    }

    @Test
    void anEndlessLineCostsBoundedMemoryAndIsRejected() {
        InputStream endless = new InputStream() {
            private long left = 50_000_000;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };
        Run run = withInput(endless, "which");
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(run.err()).contains("is not a choice").hasSizeLessThan(2000);
    }

    @Test
    void controlCharactersInRepliesAreNotEchoed() {
        Run run = withInput("\u001b[31mred\nq\n", "which");
        assertThat(run.err()).doesNotContain("\u001b").contains("?[31mred");
    }

    @Test
    void answersThatRunOutPrintTheOpenQuestion() {
        Run run = Run.of("which", "--answers", "1");
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        Question next = FLOW.next(FLOW.start().choices().get(0));
        assertThat(run.out()).contains(next.text().en(), "1) " + next.choices().get(0).label().en());
        assertThat(run.err()).contains("still to answer: " + next.id());
    }

    @Test
    void badAnswersAreUsageErrors() {
        assertThat(Run.of("which", "--answers", "1,x").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("which", "--answers", "").exit()).isEqualTo(ExitCode.USAGE);
        Run range = Run.of("which", "--answers", "9");
        assertThat(range.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(range.err()).contains("answer 1 is 9", "\"" + FLOW.start().id() + "\"");
        Answer[] found = new Answer[1];
        List<Integer> path = new ArrayList<>(pathToFirstAnswer(FLOW.start(), List.of(), found));
        path.add(1);
        Run extra = Run.of("which", "--answers", joined(path));
        assertThat(extra.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(extra.err()).contains("one too many", found[0].code());
    }

    @Test
    void jsonIsTheWholeFlow() throws Exception {
        Run run = Run.of("which", "--json", "--lang", "zh");
        assertThat(run.exit()).isZero();
        JsonNode flow = JSON.readTree(run.out());
        assertThat(flow.path("start").asString()).isEqualTo(FLOW.start().id());
        assertThat(flow.path("questions")).hasSize(FLOW.questions().size());
        assertThat(flow.path("questions").get(0).path("text").asString()).isEqualTo(FLOW.questions().get(0).text().zh());
    }

    @Test
    void jsonOfAWalk() throws Exception {
        Answer[] found = new Answer[1];
        List<Integer> path = pathToFirstAnswer(FLOW.start(), List.of(), found);
        JsonNode walk = JSON.readTree(Run.of("which", "--json", "--answers", joined(path)).out());
        assertThat(walk.path("answer").path("code").asString()).isEqualTo(found[0].code());
        assertThat(walk.path("question").isNull()).isTrue();
    }

    @Test
    void compareShowsBothAndTheDistinction() {
        Comparison pair = Guides.standard().comparisons().get(0);
        Run run = Run.of("compare", pair.first(), pair.second());
        assertThat(run.exit()).isZero();
        Entry a = REGISTRY.getById(pair.first());
        Entry b = REGISTRY.getById(pair.second());
        assertThat(run.out()).contains(a.id() + ": " + a.summary().en(), b.id() + ": " + b.summary().en(),
                pair.distinction().en());
        Run reversed = Run.of("compare", pair.second(), pair.first());
        assertThat(reversed.out()).contains(pair.distinction().en());
    }

    @Test
    void compareWithoutDistinctionSaysSo() {
        Run run = Run.of("compare", "418", "100");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("No hand-written distinction");
    }

    @Test
    void compareJson() throws Exception {
        JsonNode c = JSON.readTree(Run.of("compare", "502", "504", "--json").out());
        assertThat(c.path("codes").toString()).isEqualTo("[\"502\",\"504\"]");
        assertThat(c.path("entries").get(0).path("phrase").asString()).isEqualTo(REGISTRY.getById("502").phrase());
        assertThat(c.path("distinction").asString())
                .isEqualTo(Guides.standard().comparison("502", "504").orElseThrow().distinction().en());
    }

    @Test
    void compareUnknownCodeIsExit1WithDidYouMean() {
        Run run = Run.of("compare", "4011", "403");
        assertThat(run.exit()).isEqualTo(ExitCode.NOTHING_FOUND);
        assertThat(run.err()).contains("no status code matches \"4011\"", "did you mean", "401");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void compareSameCodeOrWrongCountIsUsage() {
        assertThat(Run.of("compare", "404", "404").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("compare", "404").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("compare", "404", "410", "500").exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void chineseOutput() {
        Run run = Run.of(new Environment(Map.of("LANG", "zh_CN.UTF-8"), false), "compare", "401", "403");
        assertThat(run.out()).contains(Guides.standard().comparison("401", "403").orElseThrow().distinction().zh());
    }
}
