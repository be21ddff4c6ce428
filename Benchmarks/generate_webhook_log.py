"""Writes a JSON Lines webhook log for `measure`'s benchmark: LINES bodies taken in turn from
a folder of fixtures, each with its timestamps spread over WEEKS weeks (26 when not given) from
2026-09-01, and one broken line in every 100,000. With WRAP `middleware`, each body is kept as
logging middleware keeps it: JSON text under "body", beside the time and headers.

Usage: generate_webhook_log.py FIXTURES_DIR LINES OUT [WEEKS] [WRAP]
"""
import glob
import json
import re
import sys

folder, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
span = (int(sys.argv[4]) if len(sys.argv) > 4 else 26) * 7 * 86_400
wrap = sys.argv[5] if len(sys.argv) > 5 else None
bodies = [json.dumps(json.load(open(f)), separators=(",", ":"))
          for f in sorted(glob.glob(folder + "/*.json")) if not f.endswith("manifest.json")]
start = 1788220800
with open(out, "w") as log:
    for i in range(count):
        if i % 100_000 == 99_999:
            log.write("{broken\n")
            continue
        stamp = str(start + (i * span // count))
        body = re.sub(r'"timestamp":"[0-9]+"', f'"timestamp":"{stamp}"', bodies[i % len(bodies)])
        if wrap == "middleware":
            body = json.dumps({"received_at": stamp, "headers": {"content-type": "application/json"},
                               "body": body}, separators=(",", ":"))
        log.write(body + "\n")
