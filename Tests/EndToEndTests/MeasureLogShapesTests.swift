import Foundation
import Testing

/// Issue #24: the shapes logs keep webhook bodies in. Each log holds the minimal example's 15
/// fixture bodies (7 incoming messages: 4 without a phone number, 5 from users with a
/// username; one body is a batch of three changes), so every shape must give the same counts.
@Suite("measure: every log shape gives the plain log's counts")
struct MeasureLogShapesTests {
  static let script = #"""
    import base64, glob, gzip, json, os, re, sys
    src, out = sys.argv[1], sys.argv[2]
    bodies = [json.load(open(f)) for f in sorted(glob.glob(src + "/*.json"))]
    def w(name, lines):
        open(os.path.join(out, name), "w").write("\n".join(lines) + "\n")
    d = json.dumps
    w("plain.jsonl", [d(b) for b in bodies])
    w("middleware.jsonl", [d({"received_at": "t", "headers": {"x": "y"}, "body": b}) for b in bodies])
    w("text-body.jsonl", [d({"received_at": "t", "body": d(b)}) for b in bodies])
    w("base64-body.jsonl", [d({"body": base64.b64encode(d(b).encode()).decode()}) for b in bodies])
    w("gateway.jsonl", [d({"version": "2.0", "routeKey": "POST /wh", "requestContext": {},
        "isBase64Encoded": True, "body": base64.b64encode(d(b).encode()).decode()}) for b in bodies])
    w("sqs.jsonl", [d({"Records": [{"body": d(b)} for b in bodies[:5]]}),
        d({"Records": [{"Sns": {"Message": d(b)}} for b in bodies[5:]]})])
    w("bus.jsonl", [d({"detail-type": "wa", "detail": b}) for b in bodies[:6]]
        + [d({"message": {"data": base64.b64encode(d(b).encode()).decode()}}) for b in bodies[6:]])
    w("changes.jsonl", [d(c) for b in bodies for e in b["entry"] for c in e["changes"]])
    w("array.json", [d(bodies)])
    w("pretty.json", [d(b, indent=2, ensure_ascii=False) for b in bodies])
    w("nested.jsonl", [d({"payload": {"webhook": d(b)}}) for b in bodies])
    w("stamps.jsonl", [re.sub(r'"timestamp": "(\d+)"', r'"timestamp": \1', d(b)) for b in bodies])
    os.makedirs(os.path.join(out, "folder"))
    w("folder/a.jsonl", [d(b) for b in bodies[:4]])
    w("folder/b.ndjson", [d(b) for b in bodies[4:8]])
    with gzip.open(os.path.join(out, "folder/c.jsonl.gz"), "wt") as f:
        f.write("\n".join(d(b) for b in bodies[8:]))
    w("folder/ignored.txt", ["not a log"])
    """#

  @Test("each shape: the counts and what measure says it recognised")
  func shapes() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bodies = folder.appendingPathComponent("bodies")
    #expect(
      try BinaryRunner.run(["fixtures", "Examples/minimal.yaml", "--out", bodies.path]).status == 0)
    try FileManager.default.removeItem(at: bodies.appendingPathComponent("manifest.json"))
    _ = try SchemaTests().python(["-c", Self.script, bodies.path, folder.path])
    let cases: [(log: String, extra: [String], recognised: String)] = [
      ("plain.jsonl", [], "Read 15 values: 15 plain bodies\n"),
      ("middleware.jsonl", [], "Read 15 values: 15 bodies under \"body\" as an object\n"),
      ("text-body.jsonl", [], "Read 15 values: 15 bodies under \"body\" as JSON text\n"),
      ("base64-body.jsonl", [], "Read 15 values: 15 bodies under \"body\" as base64\n"),
      ("gateway.jsonl", [], "Read 15 values: 15 API-gateway events\n"),
      ("sqs.jsonl", [], "Read 2 values: 2 queue messages (SQS, SNS, EventBridge, Pub/Sub)\n"),
      ("bus.jsonl", [], "Read 15 values: 15 queue messages (SQS, SNS, EventBridge, Pub/Sub)\n"),
      ("changes.jsonl", [], "Read 17 values: 17 change objects alone\n"),
      ("array.json", [], "Read 15 values: 15 plain bodies\n  of which 15 in arrays\n"),
      ("pretty.json", [], "Read 15 values: 15 plain bodies\n  of which 15 pretty-printed\n"),
      ("nested.jsonl", ["--path", "payload.webhook"], "Read 15 values: 15 bodies at --path\n"),
      ("stamps.jsonl", [], "Read 15 values: 15 plain bodies\n"),
      ("folder", [], "Read 15 values: 15 plain bodies\n"),
    ]
    for (log, extra, recognised) in cases {
      let run = try BinaryRunner.run(
        ["measure", folder.appendingPathComponent(log).path] + extra)
      #expect(run.status == 0, "\(log): \(run.stderr)")
      #expect(
        run.stderr.contains(recognised + "Counted 7 incoming messages\n"), "\(log): \(run.stderr)")
      #expect(
        run.stdout.contains(
          "  sample_size: 7\n  username_share: 0.7143\n  without_phone_share: 0.5714\n  bsuid_changes: 2\n"
        ),
        "\(log): \(run.stdout)")
    }
  }

  @Test("an envelope measure does not know: exit 65, nothing written, the --path to try")
  func unknownEnvelope() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = folder.appendingPathComponent("log.jsonl")
    let out = folder.appendingPathComponent("observed.yaml")
    let body = MeasureHostileLogTests.line(timestamp: "1788220800")
    try Data("{\"at\": 1, \"payload\": {\"webhook\": \(body)}}\n".utf8).write(to: log)
    let run = try BinaryRunner.run(["measure", log.path, "--out", out.path])
    #expect(run.status == 65)
    #expect(!FileManager.default.fileExists(atPath: out.path))
    #expect(
      run.stderr.contains(
        "hint: the first (\(log.path):1) is an object with keys \"at\", \"payload\"; a body is at payload.webhook in it: pass --path payload.webhook"
      ), "\(run.stderr)")
    let empty = folder.appendingPathComponent("statuses.jsonl")
    try Data("\n\n".utf8).write(to: empty)
    let none = try BinaryRunner.run(["measure", empty.path])
    #expect(none.status == 65)
    #expect(none.stderr.contains("error: no incoming message was counted; nothing was written"))
  }

  @Test("from null or empty counts as no phone number")
  func nullFrom() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let log = folder.appendingPathComponent("log.jsonl")
    let line = MeasureHostileLogTests.line(timestamp: "1788220800")
    let lines = [
      line, line.replacingOccurrences(of: "\"316\"", with: "null"),
      line.replacingOccurrences(of: "\"316\"", with: "\"\""),
    ]
    try Data(lines.joined(separator: "\n").utf8).write(to: log)
    let run = try BinaryRunner.run(["measure", log.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stdout.contains(
        "  sample_size: 3\n  username_share: 0.0\n  without_phone_share: 0.6667\n"),
      "\(run.stdout)")
  }
}
