#!/usr/bin/env python3
"""Writes a combined-format access log of about SIZE bytes with a fixed seed (same bytes every run).

Usage: bench/gen-combined-log.py OUT [SIZE_MIB, default 1024]
About 1 line in 2,000 has a request field with spaces or quotes in it (scanners, broken clients), which
`awk '{print $9}'` counts under the wrong field.
"""
import random
import sys

out, size = sys.argv[1], int(sys.argv[2]) * 1024 * 1024 if len(sys.argv) > 2 else 1024 * 1024 * 1024
rng = random.Random(20261127)
codes = [200] * 700 + [304] * 60 + [301] * 30 + [302] * 20 + [404] * 80 + [403] * 10 + [400] * 10 + \
        [499] * 20 + [500] * 15 + [502] * 20 + [503] * 10 + [504] * 15 + [429] * 10
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
        import time
        stamp = time.strftime("%d/%b/%Y:%H:%M:%S +0000", time.gmtime(secs))
        line = '10.%d.%d.%d - - [%s] "%s" %d %d "-" "%s"\n' % (
            rng.randrange(256), rng.randrange(256), rng.randrange(256), stamp, request, code,
            rng.randrange(50000), rng.choice(agents))
        buf.append(line)
        written += len(line)
        if len(buf) >= 10000:
            f.write("".join(buf))
            buf = []
    f.write("".join(buf))
