"""A webhook endpoint for the replay tests, and the run against it.

Starts an HTTP endpoint on a free local port that checks every X-Hub-Signature-256 as Meta's
docs say an endpoint must (HMAC-SHA256 of the raw body with the app secret): 200 when it
matches, 401 when not, 500 for a body that contains the --reject text. Then runs the command
after `--` with {url} replaced by the endpoint's URL and SENDER_SECRET in its environment, and
prints one JSON object: the command's status, stdout and stderr, and "valid"/"invalid" per
request received. With --dead nothing listens on the port.

Usage: webhook_receiver.py SECRET SENDER_SECRET [--reject TEXT] [--dead] -- COMMAND...
"""
import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

args = sys.argv[1:]
split = args.index("--")
options, command = args[:split], args[split + 1:]
secret, sender_secret = options[0].encode(), options[1]
reject = options[options.index("--reject") + 1].encode() if "--reject" in options else None
requests = []
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        expected = "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()
        valid = hmac.compare_digest(expected, self.headers.get("X-Hub-Signature-256", ""))
        json.loads(body)  # a body that is not JSON fails the request
        with lock:
            requests.append("valid" if valid else "invalid")
        status = 401 if not valid else 500 if reject and reject in body else 200
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


if "--dead" in options:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
else:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
url = f"http://127.0.0.1:{port}/webhook"
run = subprocess.run(
    [part.replace("{url}", url) for part in command], capture_output=True, text=True,
    env={**os.environ, "SENDER_SECRET": sender_secret}, timeout=120)
with lock:
    print(json.dumps({"status": run.returncode, "stdout": run.stdout, "stderr": run.stderr,
                      "url": url, "requests": requests}))
