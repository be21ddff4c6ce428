import Foundation
import ReadinessCore

extension SchemaDecoder {
  /// A tabular section: a list of entries, or `{csv: file.csv}` read through `readFile`.
  mutating func table(_ node: SourceNode, schema: ObjectSchema, key: String) -> Decoded? {
    switch node.value {
    case .sequence:
      return decode(node, as: .list(.object(schema)), key: key)
    case .mapping(let entries):
      if schema.name == "task", let file = entries.first(where: { $0.key == "mspdi" }) {
        return mspdiTasks(file, entries: entries, schema: schema, key: key)
      }
      if schema.name == "task", let file = entries.first(where: { $0.key == "jira_csv" }) {
        return jiraTasks(file, entries: entries, schema: schema, key: key)
      }
      guard let csv = entries.first(where: { $0.key == "csv" }) else {
        wrongType(node, expected: .table(schema), key: key)
        return nil
      }
      rejectKeys(entries, besides: ["csv", "delimiter"], hint: Message(SectionMessages.csvForm))
      guard let path = sectionPath(csv) else { return nil }
      guard let delimiter = delimiter(entries.first { $0.key == "delimiter" }),
        let rows = csvRows(
          path: path, at: csv.keyLocation, schema: schema, delimiter: delimiter, section: key)
      else { return nil }
      return decode(rows, as: .list(.object(schema)), key: key)
    default:
      wrongType(node, expected: .table(schema), key: key)
      return nil
    }
  }

  /// The field separator: `,` when not given, else `,` or `;` (nil when invalid, reported).
  private mutating func delimiter(_ entry: SourceNode.Entry?) -> Unicode.Scalar? {
    guard let entry else { return "," }
    if case .scalar(let text, _) = entry.value.value, text == "," || text == ";" {
      return text.unicodeScalars.first
    }
    report(
      .invalidEnum,
      Message(SectionMessages.delimiter, ["found": .message(entry.value.kindDescription)]),
      at: entry.value.location, hint: Message(SectionMessages.delimiterHint))
    return nil
  }

  /// Reads and parses the CSV file, reporting problems at the `csv:` key or in the file.
  private mutating func csvRows(
    path: String, at location: SourceLocation, schema: ObjectSchema, delimiter: Unicode.Scalar,
    section: String
  ) -> SourceNode? {
    guard
      let data = sectionFile(
        path, at: location, code: .csvUnreadable, what: SectionMessages.csvFile,
        hint: FileMessages.pathHint)
    else { return nil }
    let file = sectionFileName(path)
    guard let text = String(validating: data, as: UTF8.self) else {
      report(
        .encoding, Message(SectionMessages.csvNotUTF8),
        at: SourceLocation(file: file, line: 1, column: 1),
        hint: Message(SectionMessages.csvNotUTF8Hint))
      return nil
    }
    let read = CSVSection.rows(
      text, file: file, source: (section, path), schema: schema, delimiter: delimiter)
    diagnostics += read.problems
    for row in read.dropped { unread.add(row.id, at: row.at, list: section) }
    return read.node
  }
}
