package dev.httpcodes.bench;

import dev.httpcodes.core.Registry;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading the whole registry from the jar resource, against the baseline of only reading the resource's bytes
 * (the I/O and inflation every loader pays). The reader is package-private, so it is reached once by reflection
 * in setup; the benchmark itself calls it through {@link Method#invoke}, whose cost is nanoseconds against a load of microseconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RegistryLoadBenchmark {
    private static final String RESOURCE = "/dev/httpcodes/core/registry/knowledge.bin";
    private Method readBundled;

    @Setup
    public void setup() throws ReflectiveOperationException {
        readBundled = Class.forName("dev.httpcodes.core.RegistryReader").getDeclaredMethod("readBundled");
        readBundled.setAccessible(true);
    }

    @Benchmark
    public Registry loadRegistry() throws ReflectiveOperationException {
        return (Registry) readBundled.invoke(null);
    }

    @Benchmark
    public byte[] baselineReadResourceBytes() throws IOException {
        try (InputStream in = Registry.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        }
    }
}
