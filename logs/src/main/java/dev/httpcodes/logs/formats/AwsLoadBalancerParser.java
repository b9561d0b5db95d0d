package dev.httpcodes.logs.formats;

/**
 * AWS Elastic Load Balancing access logs: the Application Load Balancer's ({@code type time elb client:port
 * target:port request_processing_time target_processing_time response_processing_time elb_status_code
 * target_status_code received_bytes sent_bytes "request" "user_agent" ssl_cipher ssl_protocol target_group_arn
 * "trace_id" "domain_name" "chosen_cert_arn" matched_rule_priority request_creation_time "actions_executed"
 * "redirect_url" "error_reason" "target:port_list" "target_status_code_list" "classification"
 * "classification_reason" conn_trace_id}, and any fields AWS appends later) and the Classic Load Balancer's (the
 * same first fields without {@code type}, with {@code backend} for {@code target}, up to {@code ssl_protocol}).
 * <p>
 * Who produced the response: a target of {@code -} or a target status of {@code -} means the load balancer answered
 * by itself (no target response); otherwise it passed on the target's response. The target's status is kept as the
 * upstream status, the target processing time ({@code -1}: none) as the latency. A status of {@code -} (a request cut
 * before any response, a TCP listener on the Classic Load Balancer) is a record without a status.
 */
final class AwsLoadBalancerParser implements LineParser {
    private static final int ALB_DOMAIN = 18;
    private static final int ALB_ERROR_REASON = 24;
    /** Desync mitigation's verdict on the request: Acceptable, Ambiguous or Severe, or - for a compliant one. */
    private static final int ALB_CLASSIFICATION = 27;
    /** Fields split per line: up to classification, the last one read; the rest of the line is not looked at. */
    private static final int FIELDS = ALB_CLASSIFICATION + 1;

    private final boolean alb;
    /** 1 for the ALB (its {@code type} comes first), 0 for the Classic Load Balancer. */
    private final int k;
    private final SpaceFields f = new SpaceFields(FIELDS);

    AwsLoadBalancerParser(boolean alb) {
        this.alb = alb;
        this.k = alb ? 1 : 0;
    }

    /** The request types an ALB line starts with. */
    static boolean albType(byte[] b, int start, int end) {
        int space = ByteSearch.find(b, (byte) ' ', start, end);
        int n = space - start;
        return n == 4 && b[start] == 'h' && b[start + 1] == 't' && b[start + 2] == 't' && b[start + 3] == 'p'
                || n == 5 && b[start] == 'h' && b[start + 4] == 's' && b[start + 1] == 't'
                || n == 2 && b[start] == 'h' && b[start + 1] == '2'
                || n == 5 && b[start] == 'g' && b[start + 1] == 'r' && b[start + 4] == 's'
                || n == 2 && b[start] == 'w' && b[start + 1] == 's'
                || n == 3 && b[start] == 'w' && b[start + 1] == 's' && b[start + 2] == 's';
    }

    @Override
    public boolean parse(byte[] b, int start, int end, LogRecord r) {
        if (alb && !albType(b, start, end) || !f.split(b, start, end) || f.count < 13 + k) {
            return false;
        }
        r.epochSecond = f.isoUtc(b, k);
        if (r.epochSecond == LogRecord.NO_TIME) {
            return false;
        }
        int status = f.status(b, 7 + k);
        // A Classic ELB writes 0 (not -) as the backend's status when no instance answered.
        int target = f.ends[8 + k] - f.starts[8 + k] == 1 && b[f.starts[8 + k]] == '0' ? LogRecord.NO_STATUS
                : f.status(b, 8 + k);
        if (status < 0 || target < 0) {
            return false;
        }
        r.status = status;
        long sent = LogRecord.digits(b, f.starts[10 + k], f.ends[10 + k]);
        if (sent < 0 && !f.dash(b, 10 + k)) {
            return false;
        }
        r.bytes = Math.max(0, sent);
        long latency = f.micros(b, 5 + k);
        if (latency == -2) {
            return false;
        }
        r.latencyMicros = latency;
        r.client(b, f.starts[2 + k], f.withoutPort(b, 2 + k));
        if (!f.dash(b, 3 + k)) {
            r.upstream(b, f.starts[3 + k], f.ends[3 + k]);
        }
        if (status != LogRecord.NO_STATUS) {
            boolean answeredItself = f.dash(b, 3 + k) || target == LogRecord.NO_STATUS;
            r.producer = answeredItself ? LogRecord.PRODUCER_PROXY : LogRecord.PRODUCER_UPSTREAM;
            if (!answeredItself) {
                r.upstreamStatus = target;
            }
        }
        request(b, f.starts[11 + k], f.ends[11 + k], r);
        if (!f.dash(b, 12 + k)) {
            r.agent(b, f.starts[12 + k], f.ends[12 + k]);
        }
        if (alb && f.count > ALB_DOMAIN && !f.dash(b, ALB_DOMAIN)) {
            r.host(b, f.starts[ALB_DOMAIN], f.ends[ALB_DOMAIN]);
        }
        if (alb && f.count > ALB_ERROR_REASON && !f.dash(b, ALB_ERROR_REASON)) {
            r.reason(b, f.starts[ALB_ERROR_REASON], f.ends[ALB_ERROR_REASON]);
        } else if (alb && f.count > ALB_CLASSIFICATION && !f.dash(b, ALB_CLASSIFICATION)) {
            // No error reason, but desync mitigation classified the request: its tier is the evidence of a 400
            // the load balancer made by itself (the knowledge base's alb-desync-mitigation pattern).
            r.reason(b, f.starts[ALB_CLASSIFICATION], f.ends[ALB_CLASSIFICATION]);
        }
        return true;
    }

    /**
     * {@code GET https://example.com:443/path?q HTTP/1.1}: the path without the query, and the host (when the line
     * has no domain name field) without its port. {@code - - - } (no request) leaves both empty.
     */
    private static void request(byte[] b, int start, int end, LogRecord r) {
        int space = ByteSearch.find(b, (byte) ' ', start, end);
        if (space >= end) {
            return;
        }
        int url = space + 1;
        int urlEnd = ByteSearch.find(b, (byte) ' ', url, end);
        int scheme = ByteSearch.find(b, (byte) ':', url, urlEnd);
        int pathStart = url;
        if (scheme + 2 < urlEnd && b[scheme + 1] == '/' && b[scheme + 2] == '/') {
            int hostStart = scheme + 3;
            pathStart = ByteSearch.find(b, (byte) '/', hostStart, urlEnd);
            int port = ByteSearch.find(b, (byte) ':', hostStart, pathStart);
            r.host(b, hostStart, port);
        }
        r.path(b, pathStart, ByteSearch.find(b, (byte) '?', pathStart, urlEnd));
    }
}
