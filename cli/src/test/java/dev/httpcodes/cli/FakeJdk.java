package dev.httpcodes.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** A JAVA_HOME whose bin/java logs its arguments, one line per start, then runs the test's own java with them. */
final class FakeJdk {
    private FakeJdk() {
    }

    static Path create(Path home, Path log) throws IOException {
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Path real = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.writeString(java, "#!/bin/sh\necho \"$*\" >> '" + log + "'\nexec '" + real + "' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }
}
