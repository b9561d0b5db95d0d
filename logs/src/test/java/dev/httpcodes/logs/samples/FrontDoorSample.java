package dev.httpcodes.logs.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Azure Front Door access logs: even seeds in the resource-log envelope, odd seeds as flat objects. */
public final class FrontDoorSample implements SampleLog {
    /** Status ("0": none), errorInfo, cacheStatus, whether the origin answered, made by Front Door. */
    private record Outcome(String status, String error, String cache, boolean origin, boolean proxy) {
    }

    private static final Outcome[] OUTCOMES = {
        new Outcome("200", "NoError", "MISS", true, false), new Outcome("200", "NoError", "HIT", false, false),
        new Outcome("200", "NoError", "REMOTE_HIT", false, false), new Outcome("304", "NoError", "HIT", false, false),
        new Outcome("404", "NoError", "MISS", true, false), new Outcome("500", "NoError", "CONFIG_NOCACHE", true, false),
        new Outcome("503", "NoError", "MISS", true, false),
        new Outcome("502", "OriginConnectionError", "MISS", false, true),
        new Outcome("504", "OriginTimeout", "MISS", false, true),
        new Outcome("503", "OriginConnectionRefused", "MISS", false, true),
        new Outcome("502", "OriginInvalidResponse", "MISS", true, true),
        new Outcome("403", "NoError", "N/A", false, true), new Outcome("308", "NoError", "N/A", false, true),
        new Outcome("400", "InvalidRequest", "N/A", false, true),
        new Outcome("0", "ClientDisconnected", "MISS", false, true)};

    @Override
    public String formatId() {
        return "frontdoor";
    }

    @Override
    public Truth write(OutputStream out, int records, long seed) throws IOException {
        SampleValues v = new SampleValues(seed);
        Truth truth = new Truth();
        PrintStream p = new PrintStream(out, false, StandardCharsets.UTF_8);
        boolean envelope = seed % 2 == 0;
        for (int i = 0; i < records; i++) {
            Outcome o = v.pick(OUTCOMES);
            String line = line(v, o, "\"" + o.status + "\"", envelope);
            if (v.chance(1)) {
                truth.malformed++;
                line = switch (v.nextInt(4)) {
                    case 0 -> line.substring(0, line.length() - 7);
                    case 1 -> line(v, o, "\"99999\"", envelope);
                    case 2 -> line(v, o, "{\"code\":200}", envelope);
                    default -> line(v, o, "-200", envelope);
                };
            } else if (o.status.equals("0")) {
                truth.noStatus++;
            } else {
                truth.status(o.status);
                truth.produced(o.status, o.proxy);
            }
            p.print(line);
            p.print('\n');
        }
        p.flush();
        return truth;
    }

    private static String line(SampleValues v, Outcome o, String status, boolean envelope) {
        String host = v.host();
        String time = v.tick().toString();
        String props = "\"trackingReference\":\"0" + v.hex(31).toUpperCase(Locale.ROOT) + "\",\"httpMethod\":\""
                + v.pick(SampleValues.METHODS) + "\",\"httpVersion\":\"2.0.0.0\",\"requestUri\":\"https://" + host
                + ":443" + v.path() + v.query() + "\",\"hostName\":\"" + host + "\",\"requestBytes\":\""
                + (300 + v.nextInt(900)) + "\",\"responseBytes\":\"" + v.nextInt(90000) + "\",\"userAgent\":\""
                + v.agent() + "\",\"clientIp\":\"" + v.client() + "\",\"clientPort\":\"" + (1024 + v.nextInt(60000))
                + "\",\"socketIp\":\"" + v.ipv4() + "\",\"timeToFirstByte\":\"0.0" + v.nextInt(10) + "\","
                + "\"timeTaken\":\"" + String.format(Locale.ROOT, "%.3f", v.millis() / 1000.0) + "\","
                + "\"requestProtocol\":\"HTTPS\",\"securityProtocol\":\"TLS 1.3\",\"rulesEngineMatchNames\":[],"
                + "\"httpStatusCode\":" + status + ",\"httpStatusDetails\":\"" + status.replace("\"", "") + "\","
                + "\"pop\":\"FRA\",\"cacheStatus\":\"" + o.cache + "\",\"errorInfo\":\"" + o.error + "\","
                + "\"endpoint\":\"shop-ep-" + "a1b2c3.z01.azurefd.net\",\"routingRuleName\":\"default-route\","
                + "\"originIp\":\"" + (o.origin ? v.backend().replace(":3000", ":443").replace(":8080", ":443") : "N/A")
                + "\",\"originName\":\"" + (o.origin ? "shop-app.azurewebsites.net:443" : "N/A") + "\","
                + "\"referer\":\"\",\"clientCountry\":\"Germany\",\"domain\":\"" + host + ":443\","
                + "\"securityCipher\":\"TLS_AES_256_GCM_SHA384\",\"sni\":\"" + host + "\"";
        if (!envelope) {
            return "{\"TimeGenerated\":\"" + time + "\",\"Category\":\"FrontDoorAccessLog\"," + props + "}";
        }
        return "{\"time\":\"" + time + "\",\"resourceId\":\"/SUBSCRIPTIONS/1C2B3A4D-0000-4F5E-9D8C-7B6A5F4E3D2C/"
                + "RESOURCEGROUPS/SHOP-PROD/PROVIDERS/MICROSOFT.CDN/PROFILES/SHOP-AFD\",\"category\":"
                + "\"FrontDoorAccessLog\",\"operationName\":\"Microsoft.Cdn/Profiles/AccessLog/Write\","
                + "\"properties\":{" + props + "}}";
    }
}
