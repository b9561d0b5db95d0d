#!/usr/bin/env python3
"""Writes a combined-format access log of about SIZE bytes with a fixed seed (same bytes every run).

Usage: bench/gen-combined-log.py OUT [SIZE_MIB, default 1024]
The mix is meant to look like a busy site: about 88 % 2xx/3xx and 12 % errors; 20,000 client addresses
and 12 path shapes, both heavy-tailed (a few clients and pages take most requests), five user agents. About
1 line in 2,000 has a request field with spaces or quotes in it (scanners, broken clients), which
`awk '{print $9}'` counts under the wrong field.
"""
import random
import sys
import time

out, size = sys.argv[1], int(sys.argv[2]) * 1024 * 1024 if len(sys.argv) > 2 else 1024 * 1024 * 1024
rng = random.Random(20261127)
codes = [200] * 780 + [304] * 60 + [301] * 25 + [302] * 15 + [404] * 50 + [403] * 8 + [400] * 6 + \
        [499] * 14 + [500] * 8 + [502] * 12 + [503] * 6 + [504] * 10 + [429] * 6
clients = ["10.%d.%d.%d" % (rng.randrange(256), rng.randrange(256), rng.randrange(256)) for _ in range(20000)]
client_cumulative = list(__import__("itertools").accumulate(1.0 / (i + 1) for i in range(len(clients))))
paths = ["/", "/index.html", "/api/orders", "/api/users/%d", "/static/app.%d.js", "/login", "/search?q=%d",
         "/wp-login.php", "/.env", "/images/%d.png", "/api/checkout", "/health"]
agents = ["Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
          "curl/8.5.0", "okhttp/4.12.0", "python-requests/2.32.3", "Googlebot/2.1 (+http://www.google.com/bot.html)"]
methods = ["GET"] * 8 + ["POST", "PUT"]
t = 1795000000  # 2026-11-18
written = 0
buf = []
with open(out, "w", encoding="ascii") as f:
    while written < size:
        t += rng.random() * 0.02
        code = rng.choice(codes)
        p = rng.choice(paths)
        if "%d" in p:
            p = p % rng.randrange(1000)
        if rng.random() < 0.0005:
            request = 'GET /a path with "quotes" HTTP/1.1' if rng.random() < 0.5 else "\\x16\\x03\\x01 garbage"
            request = request.replace('"', '\\"')
        else:
            request = "%s %s HTTP/1.1" % (rng.choice(methods), p)
        secs = int(t)
        stamp = time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(secs))
        line = '%s - - [%s] "%s" %d %d "-" "%s"\n' % (
            rng.choices(clients, cum_weights=client_cumulative)[0], stamp, request, code, rng.randrange(50000), rng.choice(agents))
        buf.append(line)
        written += len(line)
        if len(buf) >= 10000:
            f.write("".join(buf))
            buf = []
    f.write("".join(buf))
