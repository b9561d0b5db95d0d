package dev.httpcodes.check.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads an input file or standard input, up to a cap, so a huge input is refused rather than filling memory. */
public final class InputFiles {
    /** The largest HAR file or transcript accepted. */
    public static final int MAX_BYTES = 64 << 20;

    private InputFiles() {
    }

    public static byte[] read(String name, InputStream stdin) throws InputException {
        try (InputStream in = name.equals("-") ? stdin : Files.newInputStream(Path.of(name))) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException(name + ": larger than " + (MAX_BYTES >> 20) + " MiB");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file");
        } catch (IOException e) {
            throw new InputException(name + ": cannot read: " + e.getMessage());
        }
    }
}
