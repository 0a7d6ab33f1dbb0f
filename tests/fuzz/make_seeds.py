#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets (tests/fuzz/corpus/<target>/), deterministically.

Re-run after changing it: python3 tests/fuzz/make_seeds.py. The seeds are checked in; inputs
that once crashed a target are added beside them by hand (named crash-*), never regenerated.
"""
import json
import pathlib
import struct

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CORPUS = HERE / "corpus"


def write(target, name, data):
    path = CORPUS / target / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())


def compact(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def example(kind, name):
    return json.loads((ROOT / "protocol" / "examples" / kind / name).read_text())


# --- ws_frames: client frames, then the split point (u16), the promoted and the first limit ----
# Limit indexes into kLimits of ws_frames_fuzz.cpp: 0, 1, 125, 126, 0xFFFF, 0x10000, preauth
# (64 KiB), kMaxPayload (25 MiB), SIZE_MAX.
PREAUTH, MAX_PAYLOAD, TINY = 6, 7, 2
KEY = b"\x37\xfa\x21\x3d"


def frame(opcode, payload, fin=True, masked=True, length_form=None):
    first = (0x80 if fin else 0) | opcode
    mask = 0x80 if masked else 0
    n = len(payload)
    form = length_form or (7 if n < 126 else 16 if n <= 0xFFFF else 64)
    if form == 7:
        header = bytes([first, mask | n])
    elif form == 16:
        header = bytes([first, mask | 126]) + struct.pack(">H", n)
    else:
        header = bytes([first, mask | 127]) + struct.pack(">Q", n)
    if not masked:
        return header + payload
    return header + KEY + bytes(b ^ KEY[i % 4] for i, b in enumerate(payload))


def ws_seed(name, frames, split, first=PREAUTH, promoted=MAX_PAYLOAD):
    # FuzzedDataProvider takes integers from the end, most significant byte last.
    write("ws_frames", name, frames + bytes([split & 0xFF, split >> 8, promoted, first]))


connect_frame = {"type": "req", "id": "1", "method": "connect",
                 "params": example("ConnectParams", "real-cli-v4.json")}
ws_seed("text", frame(1, b"hello"), 3)
ws_seed("connect-then-health", frame(1, compact(connect_frame).encode()) +
        frame(1, compact(example("RequestFrame", "health.json")).encode()), 200)
ws_seed("fragmented-with-ping", frame(1, b"hel", fin=False) + frame(9, b"p") +
        frame(0, b"l", fin=False) + frame(0, "o \u00e9".encode()), 9)
ws_seed("binary-16bit-length", frame(2, bytes(range(200))), 1)
ws_seed("64bit-length-small", frame(1, b"abc", length_form=64), 5)
ws_seed("64bit-length-huge", bytes([0x81, 0xFF]) + struct.pack(">Q", 1 << 40) + KEY, 4)
ws_seed("close-with-reason", frame(8, struct.pack(">H", 1000) + b"bye"), 2)
ws_seed("close-empty", frame(8, b""), 0)
ws_seed("close-bad-code", frame(8, struct.pack(">H", 1005)), 0)
ws_seed("ping-pong", frame(9, b"x" * 125) + frame(10, b""), 60)
ws_seed("unmasked", frame(1, b"hi", masked=False), 0)
ws_seed("invalid-utf8", frame(1, b"\xc3\x28 \xed\xa0\x80"), 2)
ws_seed("utf8-split-across-fragments", frame(1, b"\xe2\x82", fin=False) + frame(0, b"\xac"), 8)
ws_seed("over-preauth-limit", frame(1, b"x" * 300), 100, first=TINY)
ws_seed("promoted-limit", frame(1, b"y" * 130) + frame(1, b"z" * 130), 136, first=TINY,
        promoted=PREAUTH)
ws_seed("stray-continuation", frame(0, b"x"), 0)
ws_seed("reserved-bits", bytes([0xC1, 0x80]) + KEY, 1)

# --- request_frame: one WebSocket text message -------------------------------------------------
def request(name, method, params=None, **extra):
    frame_value = {"type": "req", "id": f"{name}-1", "method": method}
    if params is not None:
        frame_value["params"] = params
    frame_value.update(extra)
    write("request_frame", name, compact(frame_value))


for params_name in ["real-cli-v4.json", "node-with-device.json", "unknown-role-string.json",
                    "bad-mode.fail.json", "missing-max-protocol.fail.json"]:
    request("connect-" + params_name.removesuffix(".json").removesuffix(".fail"), "connect",
            example("ConnectParams", params_name))
for method_dir in sorted((ROOT / "protocol" / "examples").glob("*.params")):
    for path in sorted(method_dir.glob("*.json")):
        method = method_dir.name.removesuffix(".params")
        name = method + "-" + path.name.removesuffix(".json").removesuffix(".fail")
        request(name, method, json.loads(path.read_text()))
for path in sorted((ROOT / "protocol" / "examples" / "RequestFrame").glob("*.json")):
    write("request_frame", "frame-" + path.stem.removesuffix(".fail"), path.read_text())
request("unknown-method", "sessions.list", {})
write("request_frame", "null-params", '{"type":"req","id":"1","method":"status","params":null}')
write("request_frame", "number-overflow", '{"type":"req","id":"1","method":"logs.tail","params":{"limit":1e999}}')
write("request_frame", "big-integer", '{"type":"req","id":"1","method":"logs.tail","params":{"limit":18446744073709551616}}')
write("request_frame", "float-integer", '{"type":"req","id":"1","method":"logs.tail","params":{"limit":5.0,"cursor":-0}}')
write("request_frame", "unicode-escapes", '{"type":"req","id":"\\ud83d\\ude00","method":"system-event","params":{"text":"\\u00e9\\u0000"}}')
write("request_frame", "nested-128", "[" * 128 + "]" * 128)
write("request_frame", "nested-129", "[" * 129 + "]" * 129)
write("request_frame", "nested-params", '{"type":"req","id":"1","method":"system-event","params":{"text":"x","extra":' + "{\"a\":" * 120 + "1" + "}" * 120 + "}}")
write("request_frame", "nul-after-frame", '{"type":"req","id":"1","method":"health"}\0{"anything":')
write("request_frame", "duplicate-keys", '{"type":"req","id":"1","id":2,"method":"health"}')

# --- json5_config: config files ----------------------------------------------------------------
write("json5_config", "real-world", (ROOT / "tests/unit/config/data/real-world.json5").read_bytes())
for name in ["minimal.json", "secretref.json", "legacy-keys.json"]:
    write("json5_config", "example-" + name.removesuffix(".json"),
          (ROOT / "protocol/examples/OpenClawConfig" / name).read_bytes())
write("json5_config", "comments-and-trailing-commas",
      "// gateway\n{\n  /* block */ gateway: { port: 18789, bind: 'loopback', },\n  agents: [1, 2,],\n}\n")
write("json5_config", "numbers",
      "[0x1F, -0x8000000000000000, 0xFFFFFFFFFFFFFFFFF, +1, .5, 5., 1e999, -1e-999, Infinity, -NaN, 9223372036854775808, 4.9e-324]")
write("json5_config", "strings",
      "{'single': 'it\\'s', \"dq\": \"\\x41\\u00e9\\ud83d\\ude00\\0\", cont: 'a\\\n b', ls: '\u2028', $id_: 1, \\u0061b: 2}")
write("json5_config", "lone-surrogate", "'\\ud800'")
write("json5_config", "duplicate-keys", "{a: {b: [1]}, a: {c: 2}, d: 1, d: [{}]}")
write("json5_config", "bom-and-crlf", "\ufeff{\r\n  a: 1,\r\n  b: 'x'\r\n}\r\n")
write("json5_config", "nested-128", "[" * 128 + "]" * 128)
write("json5_config", "nested-129", "{a:" * 129 + "1" + "}" * 129)
write("json5_config", "unterminated", "{a: [1, 2, /* open")

# --- http_request: the bytes of one connection, then the read segment size (u16) --------------
def http_seed(name, text, segment):
    write("http_request", name, text.encode("latin-1") + bytes([segment & 0xFF, segment >> 8]))


http_seed("get-health", "GET /health HTTP/1.1\r\nHost: 127.0.0.1:18789\r\n\r\n", 4096)
http_seed("websocket-upgrade",
          "GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
          "Origin: http://localhost\r\n\r\n", 7)
http_seed("post-json",
          "POST /tools/invoke HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
          "Authorization: Bearer t\r\nContent-Length: 13\r\n\r\n{\"tool\":\"ls\"}", 16)
http_seed("chunked",
          "POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
          "5;ext=1\r\nhello\r\n0\r\nTrailer: x\r\n\r\n", 3)
http_seed("pipelined-keep-alive",
          "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nHEAD /readyz HTTP/1.1\r\nHost: x\r\n\r\n"
          "GET /ready HTTP/1.0\r\n\r\n", 1)
http_seed("body-over-limit", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000000\r\n\r\nabc", 512)
http_seed("content-length-overflow", "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n", 64)
http_seed("duplicate-content-length", "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 64)
http_seed("obs-fold-and-tabs", "GET /a%20b?x=1 HTTP/1.1\r\nX-A: one\r\n\ttwo\r\nX-B:\t v \r\n\r\n", 5)
http_seed("bare-lf", "GET / HTTP/1.1\nHost: x\n\n", 64)
http_seed("truncated-head", "GET / HTTP/1.1\r\nHost: x\r\n", 64)
http_seed("close-then-more", "GET / HTTP/1.1\r\nConnection: close\r\n\r\nGET / HTTP/1.1\r\n\r\n", 9)
