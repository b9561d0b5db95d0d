package dev.httpcodes.server.httpbin.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The four pictures {@code /image} serves, read once from the class path: each format's bytes and media type.
 * They are small (a few KiB), so holding them in memory is cheaper than reading them per request.
 */
final class Images {
    /** One picture: the path segment that names it, its media type and its bytes. */
    record Picture(String format, String mediaType, byte[] bytes) {
    }

    static final Picture PNG = load("png", "image/png");
    static final Picture JPEG = load("jpeg", "image/jpeg");
    static final Picture WEBP = load("webp", "image/webp");
    static final Picture SVG = load("svg", "image/svg+xml");
    private static final List<Picture> ALL = List.of(PNG, JPEG, WEBP, SVG);

    private Images() {
    }

    /** The picture a {@code /image/{format}} segment names (exactly, as go-httpbin matches it), if any. */
    static Optional<Picture> named(String format) {
        return ALL.stream().filter(p -> p.format().equals(format)).findFirst();
    }

    private static Picture load(String format, String mediaType) {
        String name = "image." + format;
        try (InputStream in = Images.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + Images.class.getName());
            }
            return new Picture(format, mediaType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
