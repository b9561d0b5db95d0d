package dev.httpcodes.core.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.httpcodes.core.Registry;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compiled guides: a tree whose codes are all entries, the required codes covered, pairs found either way. */
class GuidesTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final Guides GUIDES = Guides.standard();

    @Test
    void flowIsATreeOverEntries() {
        DecisionFlow flow = GUIDES.which();
        Set<String> seen = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Deque<Question> todo = new ArrayDeque<>(List.of(flow.start()));
        while (!todo.isEmpty()) {
            Question q = todo.pop();
            assertThat(seen.add(q.id())).as("reached once: " + q.id()).isTrue();
            for (Choice c : q.choices()) {
                if (c.answer().isPresent()) {
                    Answer a = c.answer().get();
                    assertThat(REGISTRY.findById(a.code())).as(a.code()).isPresent();
                    a.also().forEach(id -> assertThat(REGISTRY.findById(id)).as(id).isPresent());
                    codes.add(a.code());
                } else {
                    todo.push(flow.next(c));
                }
            }
        }
        assertThat(seen).hasSize(flow.questions().size());
        assertThat(codes).contains("400", "401", "403", "404", "405", "409", "410", "412", "415", "422", "425",
                "428", "429", "301", "302", "303", "307", "308", "500", "502", "503", "504");
    }

    @Test
    void walkFollowsNumbersAndRejectsBadOnes() {
        DecisionFlow flow = GUIDES.which();
        DecisionFlow.Walk none = flow.walk(List.of());
        assertThat(none.answer()).isEmpty();
        assertThat(none.last()).isEqualTo(flow.start());
        assertThatThrownBy(() -> flow.walk(List.of(0))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("answer 1 is 0");
    }

    @Test
    void pairsAreEntriesAndFoundInEitherOrder() {
        assertThat(GUIDES.comparisons()).isNotEmpty();
        for (Comparison c : GUIDES.comparisons()) {
            assertThat(REGISTRY.findById(c.first())).isPresent();
            assertThat(REGISTRY.findById(c.second())).isPresent();
            assertThat(GUIDES.comparison(c.second(), c.first())).contains(c);
            assertThat(c.distinction().zh()).isNotBlank();
            assertThat(c.distinction().en()).isNotBlank();
        }
        assertThat(GUIDES.comparisons()).extracting(c -> c.first() + "/" + c.second())
                .contains("401/403", "502/504", "301/308", "302/307", "422/400", "404/410", "500/502", "503/429",
                        "200/204");
    }

    @Test
    void damagedResourceIsRefused() {
        assertThatThrownBy(() -> GuideReader.read(new byte[] {1, 2, 3, 4, 0, 0, 0, 1}))
                .isInstanceOf(IOException.class).hasMessageContaining("not an httpcodes guides resource");
    }
}
