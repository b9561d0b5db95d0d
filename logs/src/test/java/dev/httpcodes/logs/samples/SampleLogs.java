package dev.httpcodes.logs.samples;

import java.util.List;

/** Every sample generator: each format's tests use its own, and the detection matrix uses them all. */
public final class SampleLogs {
    /** One row per generator; add a format's generator here when adding the format. */
    public static final List<SampleLog> ALL = List.of(AlbSampleLog.alb(), AlbSampleLog.classic(),
            NginxEscapedSampleLog.escapeJson(), NginxEscapedSampleLog.escapeDefault(), new NginxUpstreamSampleLog(),
            new CloudFrontSample(), new HaproxySample(), new EnvoySample(), new GoogleLbSample(),
            new FrontDoorSample(), new CloudflareSample(), PlainServerSample.COMBINED, PlainServerSample.COMMON,
            PlainServerSample.IIS_W3C, PlainServerSample.JSON);

    private SampleLogs() {
    }
}
