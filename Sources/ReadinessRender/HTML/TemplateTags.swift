import Foundation

/// What a template's tags say before any parser recurses into it: the partials it includes
/// (`{{> name}}` and inheritance's `{{< name}}`) with how deeply each sits, how deeply its
/// sections nest, and its first dynamic partial (`{{>*name}}`). It reads tags as swift-mustache
/// does, including Set Delimiter tags (whose change lasts to the end of the enclosing section),
/// without recursion, so a template nested 10,000 deep is measured rather than overflowing.
struct TemplateTags {
  /// A partial the template includes, inside `depth` open sections.
  struct Include: Equatable {
    let name: String
    let depth: Int
  }

  /// A tag at `line`:`column` (1-based), as written.
  struct Tag: Equatable {
    let text: String
    let line: Int
    let column: Int
  }

  private(set) var includes: [Include] = []
  /// The deepest nesting of sections, inverted sections, blocks and parents.
  private(set) var depth = 0
  /// The first partial whose name is read from the data when rendering (`{{>*x}}`, `{{<*x}}`).
  private(set) var dynamicPartial: Tag?

  init(_ text: String) {
    let bytes = Array(text.utf8)
    var delimiters = (open: Array("{{".utf8), close: Array("}}".utf8))
    var saved: [(open: [UInt8], close: [UInt8])] = []
    var position = 0
    while let start = Self.find(delimiters.open, in: bytes, from: position) {
      let contentStart = start + delimiters.open.count
      guard contentStart < bytes.count,
        let end = Self.find(delimiters.close, in: bytes, from: contentStart + 1)
      else { break }
      position = end + delimiters.close.count
      let sigil = bytes[contentStart]
      let body = String(decoding: bytes[(contentStart + 1)..<end], as: UTF8.self)
      let name = body.trimmingCharacters(in: .whitespacesAndNewlines)
      switch sigil {
      case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
        if sigil == UInt8(ascii: "<") { include(name, at: start, in: bytes, depth: saved.count) }
        saved.append(delimiters)
        depth = max(depth, saved.count)
      case UInt8(ascii: "/"):
        if let outer = saved.popLast() { delimiters = outer }
      case UInt8(ascii: ">"):
        include(name, at: start, in: bytes, depth: saved.count)
      case UInt8(ascii: "="):
        let parts = body.dropLast(body.hasSuffix("=") ? 1 : 0).split(whereSeparator: \.isWhitespace)
        if parts.count == 2 { delimiters = (Array(parts[0].utf8), Array(parts[1].utf8)) }
      default:
        break
      }
    }
  }

  private mutating func include(_ name: String, at start: Int, in bytes: [UInt8], depth: Int) {
    guard name.hasPrefix("*") else {
      if !name.isEmpty { includes.append(Include(name: name, depth: depth)) }
      return
    }
    guard dynamicPartial == nil else { return }
    let before = bytes[..<start]
    let line = before.count { $0 == UInt8(ascii: "\n") } + 1
    let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    let column = String(decoding: bytes[lineStart..<start], as: UTF8.self).count + 1
    dynamicPartial = Tag(text: name, line: line, column: column)
  }

  /// The first index at or after `from` where `needle` starts in `bytes`.
  private static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
    guard let first = needle.first, from <= bytes.count - needle.count else { return nil }
    var index = from
    while index <= bytes.count - needle.count {
      if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }
}
