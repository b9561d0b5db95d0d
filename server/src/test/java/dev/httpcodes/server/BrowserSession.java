package dev.httpcodes.server;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Headless Chromium and a server with the default configuration on a free port, shared by the tests of one class:
 * started before the first, closed after the last (the browser even when the server failed to start). Register it
 * with {@code @RegisterExtension static final BrowserSession SESSION}.
 */
final class BrowserSession implements BeforeAllCallback, AfterAllCallback {
    private Chromium browser;
    private HttpcodesServer server;
    private String base;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        browser = Chromium.start();
        server = HttpcodesServer.start(ServerConfig.ephemeral());
        base = "http://127.0.0.1:" + server.port();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.stop();
            }
        }
    }

    Chromium browser() {
        return browser;
    }

    /** The server's origin, {@code http://127.0.0.1:PORT}. */
    String base() {
        return base;
    }
}
