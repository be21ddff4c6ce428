"""Feeds every webhook body of a `bsuid-readiness fixtures` folder to real Python WhatsApp
frameworks, through each one's own update parsing, and prints what each made of it as JSON.

pywa: the body goes to `WhatsApp.webhook_update_handler` (what a custom server calls), with a
handler registered for every update type; a body is `parsed` when a handler received the
update, `failed` when pywa logged that it could not construct it (it still answers 200),
`ignored` when no handler type matched. heyoo: the helpers its documentation tells a webhook
to call (`changed_field`, `is_message`, `get_mobile`, `get_name`, `get_message_type`,
`get_delivery`); `failed` when one raises. `updates` counts the updates the application was
handed, which tells how a batched body (several entries and changes) was read.

The sender is the identity the framework hands the application to reply to (pywa's
`from_user.wa_id`, or `bsuid` when it has no wa_id; heyoo's `get_mobile`), written as what it
is in the body: `phone`, `BSUID`, `none` or `other`.

Usage: webhook_frameworks.py FIXTURES_DIR          prints {"versions": …, "bodies": […]}
       webhook_frameworks.py --table FIXTURES_DIR  prints the Markdown table for the README
"""
import json
import logging
import os
import sys
import warnings

warnings.filterwarnings("ignore")
import heyoo  # noqa: E402
import pywa  # noqa: E402
from importlib.metadata import version  # noqa: E402
from pywa import WhatsApp, handlers  # noqa: E402
from pywa.types.sent_update import RecipientType  # noqa: E402


class Failures(logging.Handler):
    """Collects the exceptions pywa logs while it handles an update."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.errors = []

    def emit(self, record):
        if record.exc_info:
            kind, value, _ = record.exc_info
            self.errors.append(f"{kind.__name__}: {value}")
        elif record.levelno >= logging.ERROR:
            self.errors.append(record.getMessage())


def pywa_client(received):
    wa = WhatsApp(token="test", server=None, filter_updates=False, validate_updates=False)

    def callback(_, update):
        received.append(update)

    for cls in sorted(handlers.Handler.__subclasses__() + handlers._FactoryHandler.__subclasses__(),
                      key=lambda c: c.__name__):
        if getattr(cls, "_update", None) is not None:
            wa.add_handlers(cls(callback))
    return wa


def pywa_sender(update):
    user = getattr(update, "from_user", None)
    if user is None:
        return None
    return getattr(user, "wa_id", None) or getattr(user, "bsuid", None)


def identity(sender, body):
    """What the sender a framework gave is, in the body it read."""
    if sender is None or sender == "":
        return "none"
    value = body["entry"][0]["changes"][0]["value"]
    message = (value.get("messages") or [{}])[0]
    if sender == message.get("from"):
        return "phone"
    contacts = value.get("contacts") or [{}]
    if sender in (message.get("from_user_id"), contacts[0].get("user_id")):
        return "BSUID"
    return "other"


def run_pywa(wa, received, failures, raw):
    received.clear()
    failures.errors.clear()
    wa.webhook_update_handler(raw)
    if failures.errors:
        return {"outcome": "failed", "error": failures.errors[0].splitlines()[0][:120]}
    if not received:
        return {"outcome": "ignored"}
    raw_sender = pywa_sender(received[0])
    result = {"outcome": "parsed", "sender": identity(raw_sender, json.loads(raw)),
              "update": type(received[0]).__name__, "updates": len(received)}
    if raw_sender:
        # What pywa takes the sender for when the application replies to it.
        result["reply_as"] = RecipientType.from_recipient(raw_sender).name
    return result


def run_heyoo(raw):
    client = heyoo.WhatsApp(token="test", phone_number_id="0")
    data = json.loads(raw)
    try:
        field = client.changed_field(data)
        if field != "messages":
            return {"outcome": "parsed", "sender": None, "update": field}
        if client.is_message(data):
            sender = identity(client.get_mobile(data), data)
            client.get_name(data)
            kind = client.get_message_type(data)
            # Its helpers read entry[0].changes[0] only: one update per body.
            return {"outcome": "parsed", "sender": sender, "update": kind, "updates": 1}
        client.get_delivery(data)
        return {"outcome": "parsed", "sender": None, "update": "status"}
    except Exception as error:  # what the application's webhook would raise
        return {"outcome": "failed", "error": f"{type(error).__name__}: {error}"[:120]}


def table(result):
    """The README's table: per framework, bodies parsed, failed or ignored, and what the
    application is handed as the sender of a username user's message (S-C)."""
    rows = ["| Framework | Bodies parsed | Failed (why) | Ignored | Sender of a username user's message (S-C) "
            "| A reply to that sender goes to | Updates handed over from a batched body of 3 |",
            "|---|---|---|---|---|---|---|"]
    bodies = result["bodies"]
    for name in ("pywa", "heyoo"):
        outcomes = [b[name] for b in bodies]
        failed = [o["error"] for o in outcomes if o["outcome"] == "failed"]
        why = ", ".join(f"{failed.count(e)} × `{e}`" for e in sorted(set(failed)))
        senders = sorted({b[name].get("sender") or b[name]["outcome"]
                          for b in bodies if b["state"] == "S-C"})
        replies = [b[name]["reply_as"] for b in bodies if b["state"] == "S-C" and "reply_as" in b[name]]
        reply = ", ".join(f"{replies.count(r)} × {r}" for r in sorted(set(replies))) or "—"
        parsed = sum(o["outcome"] == "parsed" for o in outcomes)
        batched = sorted({str(b[name].get("updates", 0)) for b in bodies if b["kind"] == "batch"})
        ignored = sum(o["outcome"] == "ignored" for o in outcomes)
        rows.append(f"| {name} {result['versions'][name]} | {parsed} of {len(bodies)} | "
                    f"{len(failed)}{' (' + why + ')' if why else ''} | {ignored} | "
                    f"{', '.join(senders)} | {reply} | {', '.join(batched) or 'no batched body'} |")
    return "\n".join(rows)


def main(folder):
    manifest = json.load(open(os.path.join(folder, "manifest.json")))
    entries = manifest["files"]
    failures = Failures()
    logging.getLogger("pywa").addHandler(failures)
    logging.getLogger("pywa").setLevel(logging.DEBUG)
    logging.getLogger("pywa").propagate = False
    received = []
    wa = pywa_client(received)
    bodies = []
    for entry in sorted(entries, key=lambda e: e["file"]):
        raw = open(os.path.join(folder, entry["file"]), "rb").read()
        bodies.append({"file": entry["file"], "kind": entry["kind"], "state": entry.get("state"),
                       "pywa": run_pywa(wa, received, failures, raw), "heyoo": run_heyoo(raw)})
    return {"versions": {"pywa": version("pywa"), "heyoo": version("heyoo")}, "bodies": bodies}


if __name__ == "__main__":
    if sys.argv[1] == "--table":
        print(table(main(sys.argv[2])))
    else:
        print(json.dumps(main(sys.argv[1]), indent=1, ensure_ascii=False))
