import Foundation
import ReadinessCore
import ReadinessTestSupport
import Testing

@testable import ReadinessInput

@Suite("RFC 4180 CSV reader")
struct CSVReaderTests {
  func texts(_ csv: String) throws -> [[String]] {
    try CSVReader.records(csv).map { $0.map(\.text) }
  }

  @Test("the RFC 4180 §2 examples parse as the RFC says")
  func rfcExamples() throws {
    #expect(
      try texts("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n") == [
        ["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"],
      ])
    #expect(
      try texts("aaa,bbb,ccc\r\nzzz,yyy,xxx") == [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]])
    #expect(try texts("field_name,field_name,field_name\r\naaa,bbb,ccc\r\n").count == 2)
    #expect(
      try texts("\"aaa\",\"bbb\",\"ccc\"\r\nzzz,yyy,xxx") == [
        ["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"],
      ])
    #expect(
      try texts("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx") == [
        ["aaa", "b\r\nbb", "ccc"], ["zzz", "yyy", "xxx"],
      ])
    #expect(try texts("\"aaa\",\"b\"\"bb\",\"ccc\"") == [["aaa", "b\"bb", "ccc"]])
  }

  @Test("fields know their physical line and column, also after an embedded line break")
  func positions() throws {
    let records = try CSVReader.records("a,\"x\ny\",c\nd,e,f\n")
    #expect(records[0][2].line == 2 && records[0][2].column == 4)
    #expect(records[1][1].line == 3 && records[1][1].column == 3)
  }

  @Test("malformed quoting is an error where it happens")
  func malformed() {
    /// The failure reading `text`, its message in English.
    func failure(_ text: String) -> String? {
      do {
        _ = try CSVReader.records(text)
        return nil
      } catch {
        return "\(error.line):\(error.column): \(error.message.english)"
      }
    }
    #expect(
      failure("a,b\n1,bad\"q\n")
        == "2:6: a quote inside an unquoted field (quote the whole field and double the quote: \"\")"
    )
    #expect(failure("a,\"b\"x\n") == "1:6: text after the closing quote of a field")
    #expect(
      failure("a,b\n1,\"open\n2,3\n") == "2:3: a quoted field is never closed (it opens here)")
  }

  @Test("rows match Python's csv module on the same input")
  func matchesPython() throws {
    let input =
      "\u{FEFF}id,name,notes\r\n1,\"web, site\",\"multi\nline \"\"quoted\"\"\"\n2,,plain\r\n3,é😀,\"\"\n"
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "csv-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("in.csv")
    try Data(input.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c",
      "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8-sig')))))",
      file.path,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try ProcessLaunch.run(process)
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let python = try JSONDecoder().decode([[String]].self, from: output)
    #expect(python.count == 4)
    #expect(try texts(input) == python)
  }
}
