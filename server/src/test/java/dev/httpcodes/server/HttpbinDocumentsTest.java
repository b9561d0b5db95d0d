package dev.httpcodes.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** go-httpbin's fixed documents: /deny, /encoding/utf8, /forms/post, and robots.txt's line for /deny. */
class HttpbinDocumentsTest {
    @RegisterExtension
    static final LocalServer SERVER = new LocalServer();

    @Test
    void denyIsTextRobotsAreToldToAvoid() {
        HttpResponse<String> r = SERVER.client().get("/deny");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(r.body()).contains("YOU SHOULDN'T BE HERE");
        assertThat(SERVER.client().get("/robots.txt").body().lines()).contains("Disallow: /deny");
    }

    @Test
    void utf8DecodesIntoManyScripts() {
        HttpResponse<String> r = SERVER.client().get("/encoding/utf8");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        // The client decoded the bytes as UTF-8: characters from several planes come out whole.
        assertThat(r.body()).contains("Hello world, Καλημ\u1f73ρα κ\u1f79σμε, コンニチハ", "你好", "😀", "𝄞");
    }

    @Test
    void theFormPostsItsFieldsToPost() {
        HttpResponse<String> r = SERVER.client().get("/forms/post");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(r.body()).contains("<form method=\"post\" action=\"/post\">");
        Document d = Jsoup.parse(r.body());
        assertThat(d.select("form[action=/post] [name]").eachAttr("name")).contains("name", "email", "code",
                "format", "retry", "notes");
    }

    @Test
    void documentsAnswerGetOnlyWhereGoHttpbinDoes() {
        assertThat(SERVER.client().send("POST", "/forms/post").statusCode()).isNotEqualTo(200);
        assertThat(SERVER.client().send("POST", "/encoding/utf8").statusCode()).isNotEqualTo(200);
        assertThat(SERVER.client().send("POST", "/deny").statusCode()).isEqualTo(200);
    }
}
