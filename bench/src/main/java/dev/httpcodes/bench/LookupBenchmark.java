package dev.httpcodes.bench;

import dev.httpcodes.core.Entry;
import dev.httpcodes.core.Registry;
import dev.httpcodes.core.StatusCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Lookup by int, parsing and text queries, against a plain {@code HashMap<Integer, …>} get as baseline. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LookupBenchmark {
    @Param({"404", "403.14", "500-11", "Not Found", "4xx"})
    public String query;

    private Registry registry;
    private Map<Integer, List<Entry>> baseline;

    @Setup
    public void setup() {
        registry = Registry.standard();
        baseline = new HashMap<>();
        for (Entry e : registry.entries()) {
            baseline.computeIfAbsent(e.code().code(), k -> new java.util.ArrayList<>()).add(e);
        }
    }

    @Benchmark
    public List<Entry> findByInt() {
        return registry.find(404);
    }

    @Benchmark
    public List<Entry> baselineHashMapGet() {
        return baseline.get(404);
    }

    @Benchmark
    public StatusCode parse() {
        return StatusCode.tryParse(query).orElse(null);
    }

    @Benchmark
    public List<Entry> findByQuery() {
        return registry.find(query);
    }
}
