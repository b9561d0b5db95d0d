package dev.httpcodes.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.match.MockRestRequestMatchers.requestTo;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withRawStatus;

import dev.httpcodes.core.Registry;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

class ClientHandlersTest {
    private static final Registry REGISTRY = Registry.standard();

    private static RestClient client(MockRestServiceServer[] server) {
        RestClient.Builder builder = RestClient.builder().defaultStatusHandler(new NamedStatusErrorHandler());
        server[0] = MockRestServiceServer.bindTo(builder).build();
        return builder.build();
    }

    @Test
    void restClientNamesACloudflareCodeInItsServerError() {
        MockRestServiceServer[] server = new MockRestServiceServer[1];
        RestClient client = client(server);
        server[0].expect(requestTo("https://api.example/orders"))
                .andRespond(withRawStatus(522).contentType(MediaType.TEXT_HTML).body("<h1>origin\u001b[31m down</h1>"));

        HttpServerErrorException e = catchThrowableOfType(HttpServerErrorException.class,
                () -> client.get().uri("https://api.example/orders").retrieve().toBodilessEntity());

        String expected = HttpcodesStatus.of(522).describe();
        assertThat(e.getMessage()).startsWith(expected + " on GET https://api.example/orders: <h1>origin");
        assertThat(e.getMessage()).doesNotContain("\u001b");
        assertThat(e.getStatusCode().value()).isEqualTo(522);
        assertThat(HttpcodesStatus.from(e.getStatusCode()).entry()).contains(REGISTRY.get(522).get(0));
        assertThat(e.getResponseBodyAsString()).contains("origin");
        server[0].verify();
    }

    @Test
    void restClientGivesAClientErrorForNginx499AndKeepsSuccessesAlone() {
        MockRestServiceServer[] server = new MockRestServiceServer[1];
        RestClient client = client(server);
        server[0].expect(requestTo("https://api.example/a")).andRespond(withRawStatus(499));
        server[0].expect(requestTo("https://api.example/b")).andRespond(withRawStatus(299).body("fine"));

        HttpClientErrorException e = catchThrowableOfType(HttpClientErrorException.class,
                () -> client.post().uri("https://api.example/a").retrieve().toBodilessEntity());
        assertThat(e.getMessage()).isEqualTo(HttpcodesStatus.of(499).describe() + " on POST https://api.example/a");
        assertThat(client.get().uri("https://api.example/b").retrieve().body(String.class)).isEqualTo("fine");
        server[0].verify();
    }

    @Test
    void invalidCodesAreServerErrorsAndHugeBodiesAreCapped() {
        MockRestServiceServer[] server = new MockRestServiceServer[1];
        RestClient client = client(server);
        server[0].expect(requestTo("https://api.example/x")).andRespond(withRawStatus(999).body("x".repeat(200_000)));

        HttpServerErrorException e = catchThrowableOfType(HttpServerErrorException.class,
                () -> client.get().uri("https://api.example/x").retrieve().toBodilessEntity());
        assertThat(e.getStatusCode().value()).isEqualTo(999);
        assertThat(e.getResponseBodyAsByteArray()).hasSize(NamedStatusErrorHandler.MAX_BODY);
        assertThat(e.getMessage()).endsWith("…").hasSizeLessThan(400);
    }

    private static org.springframework.http.HttpRequest asHttpRequest(
            org.springframework.web.reactive.function.client.ClientRequest request) {
        return new org.springframework.http.HttpRequest() {
            @Override
            public org.springframework.http.HttpMethod getMethod() {
                return request.method();
            }

            @Override
            public URI getURI() {
                return request.url();
            }

            @Override
            public org.springframework.http.HttpHeaders getHeaders() {
                return request.headers();
            }

            @Override
            public java.util.Map<String, Object> getAttributes() {
                return request.attributes();
            }
        };
    }

    @Test
    void webClientNamesTheVendorCodeToo() {
        WebClient client = WebClient.builder()
                .exchangeFunction(request -> Mono.just(ClientResponse.create(HttpStatusCode.valueOf(460))
                        .header("Content-Type", "text/plain").body("client closed").request(asHttpRequest(request)).build()))
                .defaultStatusHandler(NamedStatusWebClientHandler.IS_ERROR, new NamedStatusWebClientHandler())
                .build();

        WebClientResponseException e = catchThrowableOfType(WebClientResponseException.class,
                () -> client.get().uri(URI.create("https://lb.example/slow")).retrieve().toBodilessEntity().block());

        assertThat(e.getMessage()).isEqualTo(
                HttpcodesStatus.of(460).describe() + " on GET https://lb.example/slow: client closed");
        assertThat(e.getStatusCode().value()).isEqualTo(460);
        assertThat(e.getResponseBodyAsString()).isEqualTo("client closed");
    }
}
