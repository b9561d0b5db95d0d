package dev.httpcodes.cli;

import dev.httpcodes.core.Registry;
import java.io.PrintStream;

/** What every command needs: the registry, the streams and the environment of this run. */
record Context(Registry registry, PrintStream out, PrintStream err, Environment environment) {
}
