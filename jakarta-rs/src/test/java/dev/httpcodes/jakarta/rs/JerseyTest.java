package dev.httpcodes.jakarta.rs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.httpcodes.core.Entry;
import dev.httpcodes.core.HttpStatus;
import dev.httpcodes.core.Registry;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The adapter inside a real Jakarta REST implementation (Jersey) serving HTTP on 127.0.0.1. */
class JerseyTest {
    private static final Registry REGISTRY = Registry.standard();
    /** What the server side handed to the container, seen by a response filter. */
    static final List<Response.StatusType> SENT = new CopyOnWriteArrayList<>();
    private static HttpServer server;
    private static Client client;
    private static URI base;

    @Path("/")
    public static class CodesResource {
        @GET
        @Path("code/{id}")
        public Response code(@PathParam("id") String id) {
            Entry entry = REGISTRY.getById(id);
            return Response.status(HttpcodesStatusType.of(entry)).entity(entry.id()).build();
        }
    }

    public static class Recorder implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            SENT.add(response.getStatusInfo());
        }
    }

    @BeforeAll
    static void start() {
        ResourceConfig config = new ResourceConfig(CodesResource.class, Recorder.class);
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        client = ClientBuilder.newClient();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void vendorAndNewerCodesTravelWithTheirPhrase() {
        for (String id : List.of("522", "499", "499.esri", "422", "429", "451", "460")) {
            SENT.clear();
            Entry entry = REGISTRY.getById(id);
            try (Response response = client.target(base).path("code/" + id).request().get()) {
                assertThat(response.getStatus()).as(id).isEqualTo(entry.code().code());
                assertThat(response.readEntity(String.class)).isEqualTo(id);
                HttpcodesStatusType received = HttpcodesStatusType.from(response.getStatusInfo());
                assertThat(received.entry()).as(id).contains(REGISTRY.find(entry.code().code()).get(0));
            }
            assertThat(SENT).hasSize(1);
            assertThat(SENT.get(0).getReasonPhrase()).as(id).isEqualTo(entry.phrase());
            assertThat(SENT.get(0).getFamily()).isEqualTo(Response.Status.Family.familyOf(entry.code().code()));
        }
    }

    @Test
    void registeredCodesCanBeSwitchedOnThroughTheEnum() {
        try (Response response = client.target(base).path("code/429").request().get()) {
            HttpStatus status = HttpcodesStatusType.from(response.getStatusInfo()).httpStatus().orElseThrow();
            String action = switch (status) {
                case TOO_MANY_REQUESTS -> "back off";
                case UNPROCESSABLE_CONTENT -> "fix the input";
                default -> "fail";
            };
            assertThat(action).isEqualTo("back off");
        }
        assertThat(HttpcodesStatusType.of(522).httpStatus()).isEmpty();
        assertThat(HttpcodesStatusType.of(HttpStatus.NOT_FOUND).toStatus()).contains(Response.Status.NOT_FOUND);
    }
}
