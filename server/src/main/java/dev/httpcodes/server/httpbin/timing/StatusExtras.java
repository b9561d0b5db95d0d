package dev.httpcodes.server.httpbin.timing;

import dev.httpcodes.server.httpbin.HttpbinReplies;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What go-httpbin adds to a bare {@code /status/{code}} answer for a few codes, so that clients following them get
 * somewhere: redirects carry a Location, the authentication challenges a scheme, 300, 308 and 418 a small body and
 * 406 the list of image types {@code /image} offers. Every other code is answered with headers only.
 *
 * @param headers     fields to set
 * @param contentType the body's type (null to keep plain text)
 * @param body        the body, or null for none
 */
record StatusExtras(Map<String, String> headers, String contentType, byte[] body) {
    private static final String CHALLENGE = "Basic realm=\"Fake Realm\"";
    private static final String IMAGE = "/image/jpeg";

    /**
     * The extras for the code, or null for a code go-httpbin answers plainly.
     *
     * @param teapot what 418 is called (its registered phrase is "(Unused)"; go-httpbin's body uses the popular name)
     */
    static StatusExtras of(int code, HttpbinReplies replies, String teapot) {
        return switch (code) {
            case 300 -> new StatusExtras(Map.of("Location", IMAGE), null, utf8(choices(replies.reasonPhrase(300))));
            case 301, 302, 303, 305, 307 -> new StatusExtras(Map.of("Location", StatusEndpoint.REDIRECT_TARGET), null, null);
            case 308 -> new StatusExtras(Map.of("Location", IMAGE), null, utf8(moved(replies.reasonPhrase(308))));
            case 401 -> new StatusExtras(Map.of("WWW-Authenticate", CHALLENGE), null, null);
            case 406 -> new StatusExtras(Map.of(), HttpbinReplies.JSON, acceptable());
            case 407 -> new StatusExtras(Map.of("Proxy-Authenticate", CHALLENGE), null, null);
            case 418 -> new StatusExtras(Map.of("X-More-Info", "http://tools.ietf.org/html/rfc2324"), null,
                    utf8(teapot + "!"));
            default -> null;
        };
    }

    /** An HTML list of the image formats a client may choose from, titled with the reason phrase. */
    private static String choices(String phrase) {
        StringBuilder page = new StringBuilder("<!doctype html>\n<head>\n<title>").append(phrase)
                .append("</title>\n</head>\n<body>\n<ul>\n");
        for (String format : new String[] {"jpeg", "png", "svg"}) {
            page.append("<li><a href=\"/image/").append(format).append("\">/image/").append(format)
                    .append("</a></li>\n");
        }
        return page.append("</body>\n</html>").toString();
    }

    private static String moved(String phrase) {
        return "<!doctype html>\n<head>\n<title>" + phrase + "</title>\n</head>\n<body>This resource now lives at <a "
                + "href=\"" + IMAGE + "\">" + IMAGE + "</a>\n</body>\n</html>";
    }

    private static byte[] acceptable() {
        var body = HttpbinReplies.object().put("message", "None of the image types this server offers was acceptable");
        var accept = body.putArray("accept");
        for (String type : new String[] {"image/webp", "image/svg+xml", "image/jpeg", "image/png", "image/"}) {
            accept.add(type);
        }
        return HttpbinReplies.pretty(body);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
