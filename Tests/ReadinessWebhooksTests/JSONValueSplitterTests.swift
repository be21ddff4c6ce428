import Foundation
import Testing

@testable import ReadinessWebhooks

/// Cutting logs into JSON values, whatever their layout, and wherever the chunks break.
struct JSONValueSplitterTests {
  /// The values cut from `text` fed in chunks of `size` bytes: their text, or "nil" when broken.
  func values(_ text: String, chunk size: Int = 1 << 20, maximum: Int = 1 << 20) -> [String] {
    var splitter = JSONValueSplitter(maximum: maximum)
    var found: [String] = []
    let bytes = Data(text.utf8)
    var start = 0
    func each(_ value: JSONValueSplitter.Value) {
      found.append(value.bytes.map { String(decoding: $0, as: UTF8.self) } ?? "nil@\(value.line)")
    }
    while start < bytes.count {
      splitter.split(bytes[start..<min(start + size, bytes.count)], each)
      start += size
    }
    splitter.finish(each)
    return found
  }

  let mixed = """
    {"a": 1}
    {"b": "x}{y\\"z"}
    {"cut": [1, 2
    {
      "pretty": {"c": [1]}
    }
    [{"e": 1}, 5, {"f": [2]}]
    not json
    {"g": "raw
    line break"}
    {"h": 2}
    """

  @Test func layoutsAndBrokenValues() {
    #expect(
      values(mixed) == [
        #"{"a": 1}"#, #"{"b": "x}{y\"z"}"#, "nil@3", "{\n  \"pretty\": {\"c\": [1]}\n}",
        #"{"e": 1}"#, "nil@7", #"{"f": [2]}"#, "nil@8", "nil@9", "nil@10", #"{"h": 2}"#,
      ])
  }

  @Test func everyChunkSizeCutsTheSameValues() {
    let whole = values(mixed)
    for size in 1...12 { #expect(values(mixed, chunk: size) == whole, "chunk \(size)") }
  }

  @Test func aValuePastTheLimitIsBrokenAndTheNextReadsAfresh() {
    let long = "{\"a\": \"" + String(repeating: "x", count: 100) + "\"}\n{\"b\": 1}\n"
    #expect(values(long, chunk: 7, maximum: 50) == ["nil@1", #"{"b": 1}"#])
  }

  @Test func anOpenValueAtTheEndIsBroken() {
    #expect(values("{\"a\": 1}\n{\"b\": ") == [#"{"a": 1}"#, "nil@2"])
    #expect(values("[{\"a\": 1}, {\"b\"") == [#"{"a": 1}"#, "nil@1"])
  }

  @Test func multiLineAndArrayAreMarked() {
    var splitter = JSONValueSplitter(maximum: 1 << 20)
    var marks: [(Bool, Bool, Int)] = []
    splitter.split(Data("{\n}\n[{}]\n{}".utf8)) {
      marks.append(($0.multiLine, $0.inArray, $0.line))
    }
    splitter.finish { marks.append(($0.multiLine, $0.inArray, $0.line)) }
    #expect(marks.map(\.0) == [true, false, false])
    #expect(marks.map(\.1) == [false, true, false])
    #expect(marks.map(\.2) == [1, 3, 4])
  }
}
