#!/usr/bin/env python3
"""Writes an access log of one of several shapes, LINES lines long, with a fixed seed, streaming (never the whole
log in memory). For the logs sweep (bench/logs-sweep.sh).

Usage: bench/gen-log-shapes.py SHAPE LINES OUT   (OUT ending in .gz is written compressed)
Shapes:
  browser   combined log, browser user agents of about 130 bytes, heavy-tailed paths and clients, 12 % errors,
            7 days
  short     common log (no referer, no agent), few paths, 2 % errors, 1 hour
  errors    combined log, 30 % errors over many distinct paths (a scan), 30 days
  json      JSON lines (nginx escape=json field names), the browser mix
  iis       IIS W3C extended, with #Fields and sub-statuses, the browser mix
  alb       AWS Application Load Balancer, every current field, the browser mix; a fifth of the 5xx made by the
            load balancer itself (target -), the rest passed on from the targets
  cloudfront  CloudFront standard log (#Version, #Fields, tab-separated, agents percent-encoded), the browser mix;
            hits, misses and refresh hits, a fifth of the 5xx CloudFront's own (OriginConnectError and the like)
"""
import gzip
import itertools
import json
import random
import sys
import time

shape, lines, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(20261203)

AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15 xx",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.81 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0 (compatible; example-extension/1.2.3)",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html) AppleWebKit/537.36 Chrome/131.0.6778.85",
]
OK = [200] * 80 + [304] * 6 + [301] * 2
ERR_LOW = [404] * 6 + [403] + [499] * 2 + [500] + [502] + [503] + [504]  # 12 of 100 with OK
SCAN = [404] * 20 + [403] * 3 + [400] * 2 + [429] * 2 + [500] + [502] + [503]


def weights(n):
    return list(itertools.accumulate(1.0 / (i + 1) for i in range(n)))


if shape == "short":
    codes = [200] * 90 + [304] * 8 + [404, 500]
    paths = ["/", "/health", "/api/ping", "/metrics", "/favicon.ico"]
    span = 3600
elif shape == "errors":
    codes = [200] * 60 + [304] * 10 + SCAN
    paths = ["/wp-login.php", "/.env", "/admin/%d", "/api/v1/items/%d", "/cgi-bin/%d.cgi", "/static/%d.js"]
    span = 30 * 86400
else:
    codes = OK + ERR_LOW
    paths = ["/", "/index.html", "/api/orders/%d", "/api/users/%d", "/static/app.%d.js", "/login", "/search",
             "/images/%d.png", "/api/checkout", "/products/%d", "/blog/%d/comments", "/cart"]
    span = 7 * 86400
path_w = weights(len(paths))
clients = ["%d.%d.%d.%d" % (rng.randrange(1, 224), rng.randrange(256), rng.randrange(256), rng.randrange(256))
           for _ in range(50000)]
client_w = weights(len(clients))
step = span / lines
t = 1795000000.0
opener = gzip.open if out.endswith(".gz") else open
with opener(out, "wt", encoding="utf-8", newline="\n") as f:
    buf = []
    if shape == "cloudfront":
        buf.append("#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem "
                   "sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id "
                   "x-host-header cs-protocol cs-bytes time-taken x-forwarded-for ssl-protocol ssl-cipher "
                   "x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields c-port "
                   "time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start "
                   "sc-range-end\n")
    if shape == "iis":
        buf.append("#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n"
                   "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
                   "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status sc-bytes time-taken\n")
    for i in range(lines):
        t += rng.random() * 2 * step
        code = rng.choice(codes)
        p = rng.choices(paths, cum_weights=path_w)[0]
        if "%d" in p:
            # Heavy-tailed ids: most requests go to a few, the tail is long.
            p = p % int(rng.paretovariate(1.2) * 10)
        client = rng.choices(clients, cum_weights=client_w)[0]
        agent = rng.choice(AGENTS)
        size = rng.randrange(200, 60000)
        secs = int(t)
        if shape == "json":
            line = json.dumps({"time": time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(secs)),
                               "remote_addr": client, "request": "GET %s HTTP/1.1" % p, "status": code,
                               "body_bytes_sent": size, "http_referer": "-", "http_user_agent": agent},
                              separators=(",", ":")) + "\n"
        elif shape == "alb":
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(secs)) + ".%06dZ" % rng.randrange(1000000)
            own = code >= 500 and rng.random() < 0.2
            target = "-" if own else "10.0.%d.%d:8080" % (rng.randrange(4), rng.randrange(30))
            line = ('https %s app/shop/50dc6c495c0c9188 %s:%d %s 0.000 %s 0.000 %d %s 310 %d '
                    '"GET https://shop.example.com:443%s HTTP/1.1" "%s" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 '
                    'arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/shop/73e2d6bc24d8a067 '
                    '"Root=1-58337262-36d228ad5d99923122bbe354" "shop.example.com" '
                    '"arn:aws:acm:us-east-2:123456789012:certificate/12345678" 0 %s "%s" "-" "%s" "%s" "%s" '
                    '"-" "-" TID_%016x\n') % (
                stamp, client, rng.randrange(1024, 65535), target, "-1" if own else "%.3f" % rng.expovariate(20),
                code, "-" if own else str(code), size, p, agent, stamp,
                "fixed-response" if own else "forward", "TargetConnectionError" if own else "-", target,
                "-" if own else str(code), rng.getrandbits(64))
        elif shape == "cloudfront":
            # CloudFront writes 000 where nginx writes 499: the viewer left before any status went out.
            status = "000" if code == 499 else str(code)
            own = code >= 500 and rng.random() < 0.2
            if own:
                result, detailed = "Error", rng.choice(["OriginConnectError", "OriginCommError", "OriginDnsError"])
            elif code >= 400:
                result = detailed = "Error"
            else:
                result = detailed = rng.choice(["Hit", "Hit", "Miss", "RefreshHit"])
            taken = "%.3f" % rng.expovariate(20)
            line = "\t".join([
                time.strftime("%Y-%m-%d", time.gmtime(secs)), time.strftime("%H:%M:%S", time.gmtime(secs)),
                "FRA56-P%d" % rng.randrange(1, 9), str(size), client, "GET", "d111111abcdef8.cloudfront.net", p,
                status, "-", agent.replace(" ", "%20"), "-", "-", result,
                "%016x%016x" % (rng.getrandbits(64), rng.getrandbits(64)), "shop.example.com", "https", "310", taken,
                "-", "TLSv1.3", "TLS_AES_128_GCM_SHA256", result, "HTTP/2.0", "-", "-", str(rng.randrange(1024, 65535)),
                taken, detailed, "text/html", str(size), "-", "-"]) + "\n"
        elif shape == "iis":
            sub = 14 if code == 403 else 19 if code == 500 and rng.random() < 0.3 else 0
            line = "%s 10.0.0.1 GET %s - 443 - %s %s - %d %d 0 %d %d\n" % (
                time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(secs)), p, client, agent.replace(" ", "+"),
                code, sub, size, rng.randrange(1, 900))
        else:
            stamp = time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(secs))
            line = '%s - - [%s] "GET %s HTTP/1.1" %d %d' % (client, stamp, p, code, size)
            line += "\n" if shape == "short" else ' "https://example.com/" "%s"\n' % agent
        buf.append(line)
        if len(buf) >= 20000:
            f.write("".join(buf))
            buf = []
    f.write("".join(buf))
