#!/usr/bin/env python3
"""Draws the /image/{png,webp,svg} pictures of the httpbin endpoints: "200" in a 5x7 block font, white on blue.

Our own drawing, made by this script with the standard library only (PNG by zlib, WebP as a hand-written VP8L
lossless bitstream with two-symbol prefix codes). The JPEG is the PNG re-encoded by the JDK:
  jshell -R-Djava.awt.headless=true <<< 'javax.imageio.ImageIO.write(javax.imageio.ImageIO.read(new java.io.File("image.png")), "jpg", new java.io.File("image.jpeg"))'
Run from server/src/main/resources/dev/httpcodes/server/httpbin/media.
"""
import struct
import zlib

GLYPHS = {
    "2": ["01110", "10001", "00001", "00010", "00100", "01000", "11111"],
    "0": ["01110", "10001", "10011", "10101", "11001", "10001", "01110"],
}
TEXT, SCALE, MARGIN = "200", 6, 12
BLUE, WHITE = (0x1F, 0x5F, 0xA8), (0xFF, 0xFF, 0xFF)
WIDTH = MARGIN * 2 + (len(TEXT) * 6 - 1) * SCALE
HEIGHT = MARGIN * 2 + 7 * SCALE


def lit(x, y):
    gx, gy = (x - MARGIN) // SCALE, (y - MARGIN) // SCALE
    if x < MARGIN or y < MARGIN or gy >= 7 or gx >= len(TEXT) * 6 - 1 or gx % 6 == 5:
        return False
    return GLYPHS[TEXT[gx // 6]][gy][gx % 6] == "1"


PIXELS = [[WHITE if lit(x, y) else BLUE for x in range(WIDTH)] for y in range(HEIGHT)]


def png():
    raw = b"".join(b"\0" + bytes(c for p in row for c in p) for row in PIXELS)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


class Bits:
    def __init__(self):
        self.value, self.count = 0, 0

    def put(self, value, n):
        self.value |= value << self.count
        self.count += n

    def bytes(self):
        return self.value.to_bytes((self.count + 7) // 8, "little")


def webp():
    b = Bits()
    b.put(0x2F, 8)
    b.put(WIDTH - 1, 14)
    b.put(HEIGHT - 1, 14)
    b.put(0, 1)  # no alpha
    b.put(0, 3)  # version 0
    b.put(0, 1)  # no transform
    b.put(0, 1)  # no colour cache
    b.put(0, 1)  # no meta prefix codes
    # Prefix codes for green, red, blue, alpha, distance: "simple" codes of one or two 8-bit symbols.
    channels = [(BLUE[1], WHITE[1]), (BLUE[0], WHITE[0]), (BLUE[2], WHITE[2]), (0xFF,), (0,)]
    for symbols in channels:
        b.put(1, 1)  # simple code
        b.put(len(symbols) - 1, 1)
        b.put(1, 1)  # first symbol has 8 bits
        for s in symbols:
            b.put(s, 8)
    for row in PIXELS:
        for p in row:
            bit = 1 if p == WHITE else 0
            b.put(bit, 1)  # green
            b.put(bit, 1)  # red
            b.put(bit, 1)  # blue (alpha and distance codes have one symbol: no bits)
    data = b.bytes()
    if len(data) % 2:
        data += b"\0"
    chunk = b"VP8L" + struct.pack("<I", len(b.bytes())) + data
    return b"RIFF" + struct.pack("<I", 4 + len(chunk)) + b"WEBP" + chunk


def svg():
    rects = []
    for y in range(7):
        for i, ch in enumerate(TEXT):
            for x in range(5):
                if GLYPHS[ch][y][x] == "1":
                    rects.append('<rect x="%d" y="%d" width="%d" height="%d"/>'
                                 % (MARGIN + (i * 6 + x) * SCALE, MARGIN + y * SCALE, SCALE, SCALE))
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d">\n'
            '<title>200</title>\n<rect width="100%%" height="100%%" fill="#1f5fa8"/>\n<g fill="#fff">\n%s\n</g>\n</svg>\n'
            % (WIDTH, HEIGHT, WIDTH, HEIGHT, "\n".join(rects))).encode()


if __name__ == "__main__":
    for name, data in (("image.png", png()), ("image.webp", webp()), ("image.svg", svg())):
        with open(name, "wb") as f:
            f.write(data)
