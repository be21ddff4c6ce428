import Foundation
import Testing

@Suite("measure: adoption counted from stored webhook bodies")
struct MeasureTests {
  /// The minimal example's fixtures as one JSON Lines log, broken lines between them, plain and
  /// gzip-compressed, and as a folder of files; all three give the same counts.
  @Test("JSON Lines, gzip and a folder; broken lines counted and skipped; YAML that loads")
  func logsOfEveryKind() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let bodies = folder.appendingPathComponent("bodies")
    #expect(
      try BinaryRunner.run(["fixtures", "Examples/minimal.yaml", "--out", bodies.path]).status == 0)
    try FileManager.default.removeItem(at: bodies.appendingPathComponent("manifest.json"))
    let script = """
      import glob, gzip, json, sys
      lines = [json.dumps(json.load(open(f))) for f in sorted(glob.glob(sys.argv[1] + "/*.json"))]
      broken = ["not json", '{"entry": 5}', lines[0][:40], "\\u00ff\\u00fe"]
      open(sys.argv[2], "w").write("\\n".join(lines[:6] + broken + lines[6:]) + "\\n\\n")
      gzip.open(sys.argv[3], "wt").write("\\n".join(lines))
      """
    let log = folder.appendingPathComponent("log.jsonl")
    let gz = folder.appendingPathComponent("log.jsonl.gz")
    _ = try SchemaTests().python(["-c", script, bodies.path, log.path, gz.path])

    let out = folder.appendingPathComponent("observed.yaml")
    let run = try BinaryRunner.run(["measure", log.path, gz.path, bodies.path, "--out", out.path])
    #expect(run.status == 0, "\(run.stderr)")
    let yaml = try String(contentsOf: out, encoding: .utf8)
    // Minimal: one flow (3 messages: S-C without a phone; S-B and S-C with a username), its
    // WABA's 2 shared contacts (no phone, username), 2 system messages and a batch of 2 messages
    // (one with a phone, one with a username only): 7 messages, 5 with a username (5/7 =
    // 0.7143), 4 without a phone (4/7 = 0.5714); read three times.
    #expect(yaml.contains("  sample_size: 21\n"), "\(yaml)")
    #expect(
      yaml.contains(
        "  username_share: 0.7143\n  without_phone_share: 0.5714\n  bsuid_changes: 6\n"),
      "\(yaml)")
    #expect(yaml.contains("  bodies_read: 49\n  malformed_skipped: 4\n"), "\(yaml)")
    let loaded = try SchemaTests().python(
      [
        "-c",
        "import sys, yaml; d = yaml.safe_load(open(sys.argv[1]))['observed']; print(d['sample_size'], len(d['weeks']))",
        out.path,
      ])
    #expect(loaded == "21 1\n")
  }

  @Test("a missing log exits 66")
  func missingLog() throws {
    let run = try BinaryRunner.run(["measure", "no-such-log.jsonl"])
    #expect(run.status == 66)
    #expect(run.stderr.contains("no-such-log.jsonl: error: no such log file or folder"))
  }
}
