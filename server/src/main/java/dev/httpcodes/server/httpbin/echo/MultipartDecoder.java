package dev.httpcodes.server.httpbin.echo;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.DefaultLastHttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@code multipart/form-data} body, already read whole within the body cap, split into form fields and files by
 * Netty's decoder (the one Vert.x uses), kept in memory only: nothing an echo receives touches the disk.
 */
final class MultipartDecoder {
    /** Parts one body may hold; a cap on the decoder's bookkeeping, far above what a real form sends. */
    private static final int MAX_PARTS = 1_000;

    record Parts(Map<String, List<String>> form, Map<String, List<String>> files) {
    }

    private MultipartDecoder() {
    }

    static Parts decode(byte[] body, String contentType) throws BadBodyException {
        String boundary = boundary(contentType);
        if (boundary == null) {
            throw new BadBodyException("multipart/form-data without a boundary parameter");
        }
        // Netty's decoder accepts a body that stops before the closing delimiter; Go's reader, whose answers
        // clients expect, refuses such a truncated body, so the check comes first.
        if (!new String(body, StandardCharsets.ISO_8859_1).contains("--" + boundary + "--")) {
            throw new BadBodyException("multipart body ends before its closing boundary");
        }
        DefaultHttpRequest head = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/");
        head.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpPostMultipartRequestDecoder decoder = null;
        try {
            decoder = new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(false), head,
                    StandardCharsets.UTF_8, MAX_PARTS, body.length + 1);
            decoder.offer(new DefaultLastHttpContent(Unpooled.wrappedBuffer(body)));
            Map<String, List<String>> form = new TreeMap<>();
            Map<String, List<String>> files = new TreeMap<>();
            for (InterfaceHttpData part : decoder.getBodyHttpDatas()) {
                if (part instanceof FileUpload file) {
                    files.computeIfAbsent(file.getName(), k -> new ArrayList<>())
                            .add(new String(file.get(), StandardCharsets.UTF_8));
                } else if (part instanceof Attribute field) {
                    form.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
                }
            }
            return new Parts(form, files);
        } catch (IOException | RuntimeException e) {
            // Netty's decoder reports malformed input with unchecked exceptions; each is a bad body, not a fault.
            throw new BadBodyException("malformed multipart body: " + describe(e));
        } finally {
            if (decoder != null) {
                decoder.destroy();
            }
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.length() <= 120 ? message : message.substring(0, 120) + "…";
    }

    /** The boundary parameter, quoted or not; null when there is none. */
    static String boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.trim();
            int equals = p.indexOf('=');
            if (equals > 0 && p.substring(0, equals).trim().equalsIgnoreCase("boundary")) {
                String value = p.substring(equals + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
