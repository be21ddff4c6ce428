/// Finds where a duplicated YAML key occurs the second time. Yams reports only the mapping's
/// first key; the user needs the line of the repeat.
enum DuplicateKeyFinder {
  /// Line and column of the second `key:` at the mapping's indentation, scanning from the
  /// mapping's first key until the block ends; the mapping's own position when not found
  /// (a flow mapping such as `{a: 1, a: 2}`).
  static func second(
    of key: String, in text: String, mappingLine: Int, mappingColumn: Int
  ) -> (line: Int, column: Int) {
    var seen = 0
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated().dropFirst(mappingLine - 1)
    {
      let scalars = Array(rawLine.unicodeScalars)
      guard let first = scalars.firstIndex(where: { $0 != " " }), scalars[first] != "#",
        scalars[first] != "\r"
      else { continue }
      if index + 1 > mappingLine && first + 1 < mappingColumn { break }
      guard scalars.count >= mappingColumn else { continue }
      let rest = String(String.UnicodeScalarView(scalars[(mappingColumn - 1)...]))
      let written = [key, "\"\(key)\"", "'\(key)'"]
      if written.contains(where: { rest.hasPrefix($0) && isKeyEnd(rest.dropFirst($0.count)) }) {
        seen += 1
        if seen == 2 { return (index + 1, mappingColumn) }
      }
    }
    return (mappingLine, mappingColumn)
  }

  private static func isKeyEnd(_ rest: Substring) -> Bool {
    rest.drop(while: { $0 == " " }).first == ":"
  }
}
