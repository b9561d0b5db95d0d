package dev.httpcodes.knowledge.guide;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks the two guide files: each against its schema, then what a schema cannot say. The decision flow must be a
 * tree (every question but the first reached from exactly one choice, none left over, so no walk can loop), and
 * every code either guide names must be an entry of the knowledge base. All problems are returned together.
 */
final class GuideValidator {
    private final Schema whichSchema;
    private final Schema compareSchema;

    GuideValidator(String whichSchemaJson, String compareSchemaJson) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        this.whichSchema = registry.getSchema(whichSchemaJson, InputFormat.JSON);
        this.compareSchema = registry.getSchema(compareSchemaJson, InputFormat.JSON);
    }

    List<String> validate(GuideFile which, GuideFile compare, Set<String> entryIds) {
        List<String> problems = new ArrayList<>();
        boolean whichValid = againstSchema(whichSchema, which, problems);
        boolean compareValid = againstSchema(compareSchema, compare, problems);
        // The rules below read fields the schema guarantees; on a file that failed it they would only add noise.
        if (whichValid) {
            checkFlow(which, entryIds, problems);
        }
        if (compareValid) {
            checkPairs(compare, entryIds, problems);
        }
        return problems;
    }

    private static boolean againstSchema(Schema schema, GuideFile file, List<String> problems) {
        List<Error> errors = schema.validate(file.node());
        for (Error error : errors) {
            problems.add(file.problem(pointer(error.getInstanceLocation()), error.getMessage()));
        }
        return errors.isEmpty();
    }

    static String pointer(NodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            b.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
        }
        return b.toString();
    }

    private static void checkFlow(GuideFile file, Set<String> entryIds, List<String> problems) {
        JsonNode root = file.node();
        JsonNode questions = root.path("questions");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            String id = questions.get(i).path("id").asString();
            Integer previous = index.putIfAbsent(id, i);
            if (previous != null) {
                problems.add(file.problem("/questions/" + i + "/id", "question id \"" + id
                        + "\" is already used on line " + file.lines().line("/questions/" + previous + "/id")));
            }
        }
        String start = root.path("start").asString();
        if (!index.containsKey(start)) {
            problems.add(file.problem("/start", "start names no question: \"" + start + "\""));
            return;
        }
        Map<String, String> leadsThere = new HashMap<>();
        for (int q = 0; q < questions.size(); q++) {
            JsonNode choices = questions.get(q).path("choices");
            for (int c = 0; c < choices.size(); c++) {
                JsonNode choice = choices.get(c);
                String at = "/questions/" + q + "/choices/" + c;
                if (choice.has("next")) {
                    String next = choice.path("next").asString();
                    if (!index.containsKey(next)) {
                        problems.add(file.problem(at + "/next", "choice leads to an unknown question \"" + next
                                + "\""));
                    } else if (next.equals(start)) {
                        problems.add(file.problem(at + "/next", "choice leads back to the first question \""
                                + start + "\""));
                    } else {
                        String earlier = leadsThere.putIfAbsent(next, at + "/next");
                        if (earlier != null) {
                            problems.add(file.problem(at + "/next", "question \"" + next + "\" is already reached"
                                    + " from line " + file.lines().line(earlier) + "; the flow must be a tree"));
                        }
                    }
                } else {
                    JsonNode answer = choice.path("answer");
                    checkCode(file, at + "/answer/code", answer.path("code").asString(), entryIds, problems);
                    JsonNode also = answer.path("also");
                    for (int a = 0; a < also.size(); a++) {
                        String id = also.get(a).asString();
                        checkCode(file, at + "/answer/also/" + a, id, entryIds, problems);
                        if (id.equals(answer.path("code").asString())) {
                            problems.add(file.problem(at + "/answer/also/" + a, "\"also\" repeats the answer's own"
                                    + " code " + id));
                        }
                    }
                }
            }
        }
        Set<String> reached = reachable(start, questions, index);
        for (int q = 0; q < questions.size(); q++) {
            String id = questions.get(q).path("id").asString();
            if (!reached.contains(id)) {
                problems.add(file.problem("/questions/" + q, "question \"" + id + "\" cannot be reached from \""
                        + start + "\""));
            }
        }
    }

    private static Set<String> reachable(String start, JsonNode questions, Map<String, Integer> index) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            for (JsonNode choice : questions.get(index.get(id)).path("choices")) {
                String next = choice.path("next").asString("");
                if (index.containsKey(next)) {
                    todo.push(next);
                }
            }
        }
        return seen;
    }

    private static void checkPairs(GuideFile file, Set<String> entryIds, List<String> problems) {
        JsonNode pairs = file.node().path("pairs");
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            JsonNode codes = pairs.get(i).path("codes");
            String first = codes.get(0).asString();
            String second = codes.get(1).asString();
            checkCode(file, "/pairs/" + i + "/codes/0", first, entryIds, problems);
            checkCode(file, "/pairs/" + i + "/codes/1", second, entryIds, problems);
            if (first.equals(second)) {
                problems.add(file.problem("/pairs/" + i + "/codes", "a pair needs two different codes, not " + first
                        + " twice"));
            }
            String key = first.compareTo(second) < 0 ? first + " " + second : second + " " + first;
            Integer previous = seen.putIfAbsent(key, i);
            if (previous != null) {
                problems.add(file.problem("/pairs/" + i, "the pair " + first + "/" + second
                        + " is already described on line " + file.lines().line("/pairs/" + previous)));
            }
        }
    }

    private static void checkCode(GuideFile file, String pointer, String id, Set<String> entryIds,
            List<String> problems) {
        if (!entryIds.contains(id)) {
            problems.add(file.problem(pointer, "\"" + id + "\" is not the id of any entry"));
        }
    }
}
