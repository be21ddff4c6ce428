"""A webhook endpoint for the replay tests, and the run against it.

Starts an HTTP endpoint on a free local port that checks every X-Hub-Signature-256 as Meta's
docs say an endpoint must (HMAC-SHA256 of the raw body with the app secret): 200 when it
matches, 401 when not, 500 for a body that contains the --reject text. Then runs the command
after `--` with {url} replaced by the endpoint's URL and SENDER_SECRET in its environment, and
prints one JSON object: the command's status, stdout and stderr, its peak memory (maxrss_kb)
and wall time (seconds), "valid"/"invalid" per request received, the bytes of answer body each
slow or huge answer was sent (sent), and the requests a redirect target received (followed).

With --dead nothing listens on the port. --userinfo USER:PASSWORD puts credentials in the URL.
--answer KIND answers a valid request otherwise:
  huge          200 with a 128 MiB body, written as fast as the client reads it
  error-text    500 with a 300-byte body starting "queue full"
  slow          200 with a 20-byte body written one byte a second
  redirect-302  a 302 to another local port, which records what reaches it
  redirect-307  the same with a 307
  route-phone   200 with X-Routed-To naming the phone number, as an endpoint keyed on it would
                (messages[0].from, statuses[0].recipient_id; no header when the body has none)
  route-json    200 with {"route": {"user": ID}}: the BSUID first, else the phone number

Usage: webhook_receiver.py SECRET SENDER_SECRET [--reject TEXT] [--dead] [--userinfo U:P]
       [--answer KIND] -- COMMAND...
"""
import hashlib
import hmac
import json
import os
import resource
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

args = sys.argv[1:]
split = args.index("--")
options, command = args[:split], args[split + 1:]
secret, sender_secret = options[0].encode(), options[1]


def option(name):
    return options[options.index(name) + 1] if name in options else None


reject = option("--reject").encode() if option("--reject") else None
answer = option("--answer")
userinfo = option("--userinfo")
requests, sent, followed = [], [], []
lock = threading.Lock()


class Target(BaseHTTPRequestHandler):
    """Where a redirect points: records each request that reaches it."""

    def answer(self):
        with lock:
            followed.append(self.command)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = answer

    def log_message(self, *args):
        pass


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        valid = hmac.compare_digest(expected, self.headers.get("X-Hub-Signature-256", ""))
        self.body = json.loads(body)  # a body that is not JSON fails the request
        with lock:
            requests.append("valid" if valid else "invalid")
        status = 401 if not valid else 500 if reject and reject in body else 200
        if status == 200 and answer:
            return self.special()
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def special(self):
        if answer.startswith("route-"):
            return self.route()
        if answer.startswith("redirect-"):
            self.send_response(int(answer[len("redirect-"):]))
            self.send_header("Location", target_url)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        size = {"slow": 20, "huge": 128 << 20}.get(answer, 300)
        self.send_response(500 if answer == "error-text" else 200)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = {"slow": b"y", "huge": b"x" * (64 << 10)}.get(answer, b"queue full " + b"x" * 300)
        written = 0
        try:
            while written < size:
                piece = chunk[:size - written]
                self.wfile.write(piece)
                self.wfile.flush()
                written += len(piece)
                if answer == "slow":
                    time.sleep(1)
        except OSError:
            pass
        with lock:
            sent.append(written)

    def route(self):
        value = self.body["entry"][0]["changes"][0]["value"]
        item = (value.get("messages") or value.get("statuses"))[0]
        if answer == "route-phone":
            routed, text = item.get("from") or item.get("recipient_id"), b""
        else:
            routed = item.get("from_user_id") or item.get("recipient_user_id") \
                or item.get("from") or item.get("recipient_id")
            text = json.dumps({"ok": True, "route": {"user": routed}}).encode()
        self.send_response(200)
        if answer == "route-phone" and routed:
            self.send_header("X-Routed-To", routed)
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)

    def log_message(self, *args):
        pass


def serve(handler):
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


target_url = f"http://127.0.0.1:{serve(Target)}/elsewhere"
if "--dead" in options:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
else:
    port = serve(Handler)
url = f"http://{userinfo + '@' if userinfo else ''}127.0.0.1:{port}/webhook"
started = time.monotonic()
run = subprocess.run(
    [part.replace("{url}", url) for part in command], capture_output=True, text=True,
    env={**os.environ, "SENDER_SECRET": sender_secret}, timeout=120)
elapsed = time.monotonic() - started
maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
time.sleep(0.2)  # let the answers cut short finish counting what they sent
with lock:
    print(json.dumps({"status": run.returncode, "stdout": run.stdout, "stderr": run.stderr,
                      "url": url, "requests": requests, "sent": sent, "followed": followed,
                      "maxrss_kb": maxrss, "seconds": elapsed}))
