package dev.httpcodes.server.protocol;

import io.vertx.ext.web.RoutingContext;

/**
 * The path prefix the server is served under ({@code serve --prefix}), as the router mounted it: every Location and
 * link a handler builds from its own paths goes through here, so it stays under the prefix.
 */
public final class MountPoint {
    private MountPoint() {
    }

    /** The prefix without a trailing slash: empty at the root, else {@code /some/path}. */
    public static String of(RoutingContext ctx) {
        String mount = ctx.mountPoint();
        if (mount == null) {
            return "";
        }
        return mount.endsWith("/") ? mount.substring(0, mount.length() - 1) : mount;
    }

    /** A path of this server ({@code /get}) under the prefix ({@code /a-prefix/get}). */
    public static String path(RoutingContext ctx, String path) {
        return of(ctx) + path;
    }
}
