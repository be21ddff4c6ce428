import Foundation
import Testing

@Suite("init: a starter inventory that validates, never overwriting")
struct InitTests {
  @Test("init writes a valid commented inventory and its schema; a second init exits 73")
  func initTwice() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let first = try BinaryRunner.run(["init"], in: folder)
    #expect(first.status == 0, "\(first.stderr)")
    let text = try String(
      contentsOf: folder.appendingPathComponent("inventory.yaml"), encoding: .utf8)
    #expect(text.hasPrefix("# yaml-language-server: $schema=inventory.schema.json\n"))
    let schema = try Data(contentsOf: folder.appendingPathComponent("inventory.schema.json"))
    #expect(try JSONSerialization.jsonObject(with: schema) is [String: Any])
    let validate = try BinaryRunner.run(["validate", "inventory.yaml"], in: folder)
    #expect(validate.status == 0, "\(validate.stderr)")
    #expect(validate.stdout.contains("warnings      0"))

    let second = try BinaryRunner.run(["init"], in: folder)
    #expect(second.status == 73)
    #expect(second.stderr.contains("already exists"))
    #expect(second.stderr.contains("hint:"))
    let after = try String(
      contentsOf: folder.appendingPathComponent("inventory.yaml"), encoding: .utf8)
    #expect(after == text)
  }

  @Test("init keeps an existing schema file and writes to a given path")
  func keepsSchema() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("{}".utf8).write(to: folder.appendingPathComponent("inventory.schema.json"))
    let run = try BinaryRunner.run(["init", "mine.yaml"], in: folder)
    #expect(run.status == 0)
    #expect(
      try String(
        contentsOf: folder.appendingPathComponent("inventory.schema.json"), encoding: .utf8) == "{}"
    )
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("mine.yaml").path))
  }
}

@Suite("init then report, run today: a plan dated from today")
struct InitTodayTests {
  @Test(
    "the starter starts today; its phases and tasks start on or after today and none is red or late"
  )
  func reportToday() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = InitDates.today()
    #expect(try BinaryRunner.run(["init"], in: folder).status == 0)
    let text = try String(
      contentsOf: folder.appendingPathComponent("inventory.yaml"), encoding: .utf8)
    // The run may cross midnight (UTC): its today is the day it started or the day it ended.
    let today = try #require(
      [before, InitDates.today()].first { text.contains("\n  start: \($0) ") }, "\(text)")
    #expect(!text.contains("{{"))
    let validate = try BinaryRunner.run(["validate", "inventory.yaml"], in: folder)
    #expect(validate.status == 0, "\(validate.stderr)")
    let report = try BinaryRunner.run(
      ["report", "inventory.yaml", "--out", "out", "--format", "xml"], in: folder)
    #expect(report.status == 0, "\(report.stderr)")

    let all = try ExampleFiguresTests().elements(folder.appendingPathComponent("out/workbook.xml"))
    let phases = all.filter { $0.name == "phase" }.map(\.attributes)
    let tasks = all.filter { $0.name == "task" }.map(\.attributes)
    #expect(phases.count == 3 && tasks.count == 3)
    for dated in phases + tasks {
      #expect((dated["start"] ?? "") >= today, "\(dated)")
    }
    #expect(phases.allSatisfy { $0["rag"] != "red" }, "\(phases)")
    #expect(tasks.allSatisfy { $0["late"] == "false" }, "\(tasks)")
    #expect(!all.contains { $0.name == "risk" && $0.attributes["kind"] == "task-late" })
  }
}

@Suite("init - prints the starter instead of writing a file named '-'")
struct InitToStandardOutputTests {
  @Test("init - prints the starter inventory (dated today) to stdout and writes nothing")
  func printsStarter() throws {
    let folder = try BinaryRunner.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let before = InitDates.today()
    let run = try BinaryRunner.run(["init", "-"], in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let starter = try String(
      contentsOf: BinaryRunner.root.appendingPathComponent("Templates/init/inventory.yaml"),
      encoding: .utf8)
    let expected = [before, InitDates.today()].map {
      starter.replacingOccurrences(of: "{{today}}", with: $0)
    }
    #expect(expected.contains(run.stdout), "\(run.stdout)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [])
  }
}

/// Today in UTC as the binary writes it, read before and after a run that may cross midnight.
enum InitDates {
  static func today() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }
}
