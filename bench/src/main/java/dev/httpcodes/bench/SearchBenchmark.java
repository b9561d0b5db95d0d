package dev.httpcodes.bench;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.search.Search;
import dev.httpcodes.core.search.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranked, typo-tolerant search against the baseline of a case-insensitive substring scan over the same texts
 * (no ranking, no typo tolerance): the ratio is the price of ranking and tolerance.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SearchBenchmark {
    @Param({"not foud", "超时", "rate limit", "502"})
    public String query;

    private Search search;
    private List<String> texts;
    private List<Entry> entries;

    @Setup
    public void setup() {
        Registry registry = Registry.standard();
        search = new Search(registry);
        search.search("warm up", 1);
        entries = registry.entries();
        texts = new ArrayList<>();
        for (Entry e : entries) {
            texts.add((e.phrase() + " " + e.title().zh() + " " + e.title().en() + " " + e.summary().zh() + " "
                    + e.summary().en() + " " + e.description().zh() + " " + e.description().en())
                    .toLowerCase(Locale.ROOT));
        }
    }

    @Benchmark
    public List<SearchHit> rankedSearch() {
        return search.search(query, 10);
    }

    @Benchmark
    public List<Entry> baselineSubstringScan() {
        String q = query.toLowerCase(Locale.ROOT);
        List<Entry> hits = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(q)) {
                hits.add(entries.get(i));
            }
        }
        return hits;
    }
}
