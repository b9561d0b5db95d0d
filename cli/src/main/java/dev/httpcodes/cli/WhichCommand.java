package dev.httpcodes.cli;

import dev.httpcodes.cli.render.FlowPrinter;
import dev.httpcodes.cli.render.Terminal;
import dev.httpcodes.core.Lang;
import dev.httpcodes.core.guide.Choice;
import dev.httpcodes.core.guide.DecisionFlow;
import dev.httpcodes.core.guide.Guides;
import dev.httpcodes.core.guide.Question;
import dev.httpcodes.ui.GuideText;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code httpcodes which}: "which status code should I use?", asked one question at a time. */
@Command(name = "which", mixinStandardHelpOptions = true,
        description = {"Which status code should I use? Answers numbered questions on standard input and ends with "
            + "the code that fits, with the reason. Type b to go back, q to quit.",
            "--answers 1,3 walks without asking; --json prints the whole flow (or, with --answers, where it leads)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:a code was reached (or --json printed the flow)",
            "1:input ended, q was typed, or --answers ran out before a code was reached",
            "2:usage error: bad --answers, or too many invalid replies in a row"})
final class WhichCommand implements Callable<Integer> {
    /** Invalid replies in a row after which the walk gives up, so a script feeding garbage cannot loop forever. */
    static final int MAX_BAD_REPLIES = 5;

    @ParentCommand
    HttpcodesCommand root;

    @Option(names = "--answers", paramLabel = "N,N,…", description = "Replies to give, by number, e.g. 3,5,2.")
    String answers;

    private final Context context;
    private final InputStream in;

    WhichCommand(Context context, InputStream in) {
        this.context = context;
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        OutputSettings settings = root.settings(false);
        Lang lang = settings.lang();
        DecisionFlow flow = Guides.standard().which();
        if (answers == null) {
            if (settings.json()) {
                GuideJsonOutput.flow(context.out(), context.registry(), lang, flow);
                return ExitCode.FOUND;
            }
            return interactive(flow, settings);
        }
        Optional<List<Integer>> replies = parse(answers);
        if (replies.isEmpty()) {
            Problems.report(context.err(), GuideText.BAD_ANSWERS.format(lang, Problems.quote(printable(answers))));
            return ExitCode.USAGE;
        }
        return walk(flow, replies.get(), settings);
    }

    private int walk(DecisionFlow flow, List<Integer> replies, OutputSettings settings) {
        Lang lang = settings.lang();
        Question q = flow.start();
        for (int i = 0; i < replies.size(); i++) {
            int n = replies.get(i);
            if (n < 1 || n > q.choices().size()) {
                Problems.report(context.err(), GuideText.ANSWER_OUT_OF_RANGE.format(lang, i + 1, n, q.id(),
                        q.choices().size()));
                return ExitCode.USAGE;
            }
            Choice c = q.choices().get(n - 1);
            if (c.answer().isPresent() && i + 1 < replies.size()) {
                Problems.report(context.err(), GuideText.ANSWERS_AFTER_END.format(lang, i + 2,
                        c.answer().get().code()));
                return ExitCode.USAGE;
            }
            if (c.next().isPresent()) {
                q = flow.next(c);
            }
        }
        DecisionFlow.Walk walk = flow.walk(replies);
        if (settings.json()) {
            GuideJsonOutput.walk(context.out(), context.registry(), lang, walk);
        } else {
            FlowPrinter printer = new FlowPrinter(context.registry(), settings.terminal(context.out()));
            if (walk.answer().isPresent()) {
                printer.answer(walk.answer().get());
            } else {
                printer.question(walk.last());
            }
        }
        if (walk.answer().isEmpty()) {
            Problems.report(context.err(), GuideText.STILL_OPEN.format(lang, walk.last().id()));
            return ExitCode.NOTHING_FOUND;
        }
        return ExitCode.FOUND;
    }

    private int interactive(DecisionFlow flow, OutputSettings settings) throws IOException {
        Lang lang = settings.lang();
        Terminal term = settings.terminal(context.out());
        FlowPrinter printer = new FlowPrinter(context.registry(), term);
        LineInput input = new LineInput(in);
        Deque<Question> back = new ArrayDeque<>();
        Question q = flow.start();
        int bad = 0;
        boolean ask = true;
        while (true) {
            if (ask) {
                printer.question(q);
            }
            context.out().print(GuideText.CHOOSE.format(lang, q.choices().size()));
            context.out().flush();
            String line = input.readLine();
            if (line == null) {
                context.out().println();
                Problems.report(context.err(), GuideText.END_OF_INPUT.in(lang));
                return ExitCode.NOTHING_FOUND;
            }
            String reply = line.strip();
            if (reply.equalsIgnoreCase("q")) {
                Problems.report(context.err(), GuideText.QUIT.in(lang));
                return ExitCode.NOTHING_FOUND;
            }
            if (reply.equalsIgnoreCase("b")) {
                bad = 0;
                if (back.isEmpty()) {
                    term.line(GuideText.NOTHING_BEFORE.in(lang));
                    ask = false;
                } else {
                    q = back.pop();
                    term.blank();
                    ask = true;
                }
                continue;
            }
            int n = number(reply);
            if (n < 1 || n > q.choices().size()) {
                Problems.report(context.err(), GuideText.NOT_A_CHOICE.format(lang,
                        printable(reply), q.choices().size()));
                if (++bad >= MAX_BAD_REPLIES) {
                    Problems.report(context.err(), GuideText.TOO_MANY_BAD.format(lang, bad));
                    return ExitCode.USAGE;
                }
                ask = false;
                continue;
            }
            bad = 0;
            Choice c = q.choices().get(n - 1);
            term.blank();
            if (c.answer().isPresent()) {
                printer.answer(c.answer().get());
                return ExitCode.FOUND;
            }
            back.push(q);
            q = flow.next(c);
            ask = true;
        }
    }

    /** The reply as a choice number, or -1; only plain digits, at most two, so "1e9" or "+1" are not numbers. */
    private static int number(String reply) {
        if (reply.isEmpty() || reply.length() > 2 || !reply.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            return -1;
        }
        return Integer.parseInt(reply);
    }

    /** Echoed input with control characters shown as {@code ?}, so a reply cannot drive the terminal. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 64));
        for (int i = 0; i < s.length() && i < 64; i++) {
            char ch = s.charAt(i);
            b.append(Character.isISOControl(ch) ? '?' : ch);
        }
        return s.length() > 64 ? b + "…" : b.toString();
    }

    static Optional<List<Integer>> parse(String answers) {
        List<Integer> replies = new ArrayList<>();
        for (String part : answers.split(",", -1)) {
            int n = number(part.strip());
            if (n < 0) {
                return Optional.empty();
            }
            replies.add(n);
        }
        return Optional.of(replies);
    }
}
