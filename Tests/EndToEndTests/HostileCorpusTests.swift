import Foundation
import Testing

/// Tests/Fixtures/hostile-corpus: one entry per family of input that once crashed, hung or
/// exhausted `report`; each now ends with exit 65 (or 64) and a located message. Entries under
/// `found/` are inputs the fuzz run found; they must never crash.
@Suite("The hostile corpus through the real binary")
struct HostileCorpusTests {
  static let corpus = "Tests/Fixtures/hostile-corpus/"

  /// Each entry, and the first line `report` prints for it.
  static let entries: [(file: String, expected: String)] = [
    (
      "dates-task-0001-9999.yaml",
      "dates-task-0001-9999.yaml:9:12: error: 'start' must be a date between 2000-01-01 and 2100-12-31, found 0001-01-01"
    ),
    (
      "dates-huge-duration.yaml",
      "dates-huge-duration.yaml:9:15: error: 'duration' must be between 0 and 2000, found 1000000000"
    ),
    (
      "dates-chain-beyond-2100.yaml",
      "dates-chain-beyond-2100.yaml:53:15: error: task 't9' would end on 2102-08-30, after the last supported date 2100-12-31"
    ),
    (
      "dates-as-of-9999.yaml",
      "dates-as-of-9999.yaml:4:10: error: 'as_of' must be a date between 2000-01-01 and 2100-12-31, found 9999-12-31"
    ),
    (
      "numbers-ad-spend-1e19.yaml",
      "numbers-ad-spend-1e19.yaml:9:32: error: 'amount' must be between 0 and 1000000000000000, found 1e19"
    ),
    (
      "numbers-weight-1e308.yaml",
      "numbers-weight-1e308.yaml:5:23: error: 'planning' must be between 0 and 1000, found 1e308"
    ),
    (
      "numbers-1e400.yaml",
      "numbers-1e400.yaml:9:26: error: 'first_contact_share' must be between 0 and 1, found 1e400"
    ),
    (
      "numbers-big-int.yaml",
      "numbers-big-int.yaml:9:28: error: 'monthly_conversations' must be between 0 and 1000000000000, found 9223372036854775807"
    ),
    (
      "text-long-name.yaml",
      "text-long-name.yaml:3:9: error: 'name' is 10001 characters long, more than the 10000 allowed"
    ),
    (
      "text-long-id.yaml",
      "text-long-id.yaml:6:9: error: 'id' is 201 characters long, more than the 200 allowed"
    ),
    (
      "calendar-holiday-9999.yaml",
      "calendar-holiday-9999.yaml:6:35: error: 'date' must be a date between 2000-01-01 and 2100-12-31, found 9999-12-25"
    ),
    (
      "calendar-runaway-rrule.yaml",
      "calendar-runaway-rrule.ics:4:1: error: this event's RRULE takes more than 200,000 recurrence steps (with the events before it): it is not expanded"
    ),
    ("empty-name.json", "empty-name.json:2:16: error: 'name' has no value"),
    (
      "nul-byte.yaml",
      "nul-byte.yaml:5:19: error: cannot read the file: control characters are not allowed"
    ),
  ]

  @Test("each entry exits 65 with its located message, and writes nothing", arguments: entries)
  func entry(file: String, expected: String) throws {
    let out = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: out) }
    let run = try BinaryRunner.run(["report", Self.corpus + file, "--out", out.path])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(
      run.stderr.split(separator: "\n").first(where: { $0.contains(": error: ") }).map(String.init)
        == Self.corpus + expected)
    #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
  }

  @Test("--as-of outside 2000–2100 is a usage error, before anything is read")
  func asOfOutOfRange() throws {
    for day in ["9999-12-31", "1999-12-31", "2101-01-01"] {
      let run = try BinaryRunner.run([
        "report", "Examples/minimal.yaml", "--as-of", day, "--out", "/nonexistent",
      ])
      #expect(run.status == 64)
      #expect(
        run.stderr.contains("--as-of must be a date between 2000-01-01 and 2100-12-31, not \(day)"))
    }
  }

  @Test(
    "a template including itself, and partials a → b → a, exit 65 naming the cycle",
    arguments: [
      (
        "self",
        "html/report.mustache: error: templates include each other without end: report.mustache → report.mustache"
      ),
      (
        "cycle",
        "html/partials/a.mustache: error: templates include each other without end: partials/a.mustache → partials/b.mustache → partials/a.mustache"
      ),
    ])
  func templateCycle(folder: String, expected: String) throws {
    let templates = BinaryRunner.root.appendingPathComponent(Self.corpus + "templates/" + folder)
    let run = try BinaryRunner.run([
      "report", "Examples/minimal.yaml", "--templates", templates.path, "--out", "/nonexistent",
      "--format", "html",
    ])
    #expect(run.status == 65, "\(run.stderr)")
    #expect(run.stderr.hasPrefix(templates.path + "/" + expected))
  }

  @Test("every input the fuzz run found reports (exit 0) or is refused (exit 65), never crashes")
  func foundInputs() throws {
    let folder = BinaryRunner.root.appendingPathComponent(Self.corpus + "found")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for file in files.sorted() {
      let out = try BinaryRunner.temporaryFolder()
      defer { try? FileManager.default.removeItem(at: out) }
      let run = try BinaryRunner.run([
        "report", folder.appendingPathComponent(file).path, "--out", out.path,
      ])
      #expect([0, 65].contains(run.status), "\(file): exit \(run.status)\n\(run.stderr)")
    }
  }
}
