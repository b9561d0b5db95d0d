package dev.httpcodes.server;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server with the default configuration on a free port, shared by the tests of one class: started before the
 * first, stopped after the last. Register it with {@code @RegisterExtension static final LocalServer SERVER}.
 */
final class LocalServer implements BeforeAllCallback, AfterAllCallback {
    private HttpcodesServer server;
    private Client client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = HttpcodesServer.start(ServerConfig.ephemeral());
        client = new Client(server.port());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop();
    }

    HttpcodesServer server() {
        return server;
    }

    /** A client as the JDK's default (it asks for an h2c upgrade, which the plain port answers in HTTP/1.1). */
    Client client() {
        return client;
    }
}
