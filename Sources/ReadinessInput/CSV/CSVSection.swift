import ReadinessCore

/// Turns a CSV table into the same tree a YAML list of mappings would give: the header names
/// the keys, `a.b` nests, list columns split on `;` (on `,` in a semicolon-separated file), an
/// empty cell leaves the key out.
enum CSVSection {
  private typealias M = ImportMessages

  /// What a CSV section reads to: the rows as a sequence of mappings (nil when the file is not
  /// valid CSV, or its header is written with the other separator), the problems, and the
  /// rows dropped for their field count.
  struct Rows {
    var node: SourceNode?
    var problems: [Diagnostic]
    /// Each dropped row's `id` cell, when the header has an `id` column, and where it starts.
    var dropped: [(id: String, at: SourceLocation)] = []
  }

  /// Reads `text` (see `Rows`). `source` is the section and the file as the inventory names
  /// them, for hints.
  static func rows(
    _ text: String, file: String, source: (section: String, path: String), schema: ObjectSchema,
    delimiter: Unicode.Scalar = ","
  ) -> Rows {
    func at(_ line: Int, _ column: Int) -> SourceLocation {
      SourceLocation(file: file, line: line, column: column)
    }
    if let wrong = wrongSeparator(text, delimiter: delimiter, file: file, source: source) {
      return Rows(node: nil, problems: [wrong])
    }
    let records: [[CSVReader.Field]]
    do {
      records = try CSVReader.records(text, delimiter: delimiter)
    } catch {
      return Rows(
        node: nil,
        problems: [
          Diagnostic(
            .error, code: .csvSyntax, Message(M.csvSyntax, ["problem": .message(error.message)]),
            at: at(error.line, error.column), hint: Message(M.csvSyntaxHint))
        ])
    }
    guard let header = records.first else {
      return Rows(node: SourceNode(.sequence([]), at: at(1, 1)), problems: [])
    }
    let idColumn = header.firstIndex { $0.text.trimmingSpaces == "id" }
    var dropped: [(id: String, at: SourceLocation)] = []
    let listSeparator: Character = delimiter == ";" ? "," : ";"
    var problems: [Diagnostic] = []
    var seen: Set<String> = []
    for cell in header {
      if cell.text.trimmingSpaces.isEmpty || !seen.insert(cell.text.trimmingSpaces).inserted {
        problems.append(
          Diagnostic(
            .error, code: .csvHeader,
            cell.text.trimmingSpaces.isEmpty
              ? Message(M.unnamedColumn)
              : Message(M.twiceColumn, ["name": .text(cell.text.clipped)]),
            at: at(cell.line, cell.column), hint: Message(M.columnHint)))
      }
    }
    var items: [SourceNode] = []
    // A blank line, or a row whose cells are all empty (a spreadsheet's formatted trailing
    // rows), holds no entry.
    for record in records.dropFirst()
    where !record.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) {
      guard record.count == header.count else {
        problems.append(
          Diagnostic(
            .error, code: .csvFieldCount,
            Message(M.fieldCount, ["count": .count(record.count), "header": .count(header.count)]),
            at: at(record[0].line, record[0].column),
            hint: Message(delimiter == ";" ? M.fieldCountSemicolon : M.fieldCountComma)))
        if let idColumn, idColumn < record.count {
          dropped.append(
            (record[idColumn].text.trimmingSpaces, at(record[0].line, record[0].column)))
        }
        continue
      }
      items.append(
        row(record, header: header, file: file, schema: schema, listSeparator: listSeparator))
    }
    return Rows(
      node: SourceNode(.sequence(items), at: at(header[0].line, header[0].column)),
      problems: problems, dropped: dropped)
  }

  /// A header row that holds the other separator and none of this one: the file was written
  /// with the other separator (a spreadsheet's semicolon CSV, usually).
  private static func wrongSeparator(
    _ text: String, delimiter: Unicode.Scalar, file: String, source: (section: String, path: String)
  ) -> Diagnostic? {
    let header = text.unicodeScalars.prefix { $0 != "\n" && $0 != "\r" }
    let other: Unicode.Scalar = delimiter == ";" ? "," : ";"
    guard header.contains(other), !header.contains(delimiter) else { return nil }
    return Diagnostic(
      .error, code: .csvHeader,
      Message(
        M.otherSeparator, ["other": .text(String(other)), "delimiter": .text(String(delimiter))]),
      at: SourceLocation(file: file, line: 1, column: 1),
      hint: Message(
        delimiter == ";" ? M.writeComma : M.writeSemicolon,
        ["section": .text(source.section), "path": .text(source.path)]))
  }

  private static func row(
    _ record: [CSVReader.Field], header: [CSVReader.Field], file: String, schema: ObjectSchema,
    listSeparator: Character
  ) -> SourceNode {
    func at(_ field: CSVReader.Field) -> SourceLocation {
      SourceLocation(file: file, line: field.line, column: field.column)
    }
    var entries: [SourceNode.Entry] = []
    for (name, cell) in zip(header, record) where !cell.text.isEmpty {
      let parts = name.text.trimmingSpaces.split(separator: ".", maxSplits: 1).map(String.init)
      guard let first = parts.first else { continue }
      let field = schema.field(first)
      if parts.count == 2 {
        var nested: ObjectSchema?
        if case .object(let inner)? = field?.type { nested = inner }
        let leaf = SourceNode.Entry(
          key: parts[1], keyLocation: at(name),
          value: value(
            cell, type: nested?.field(parts[1])?.type, location: at(cell), separator: listSeparator)
        )
        if let index = entries.firstIndex(where: { $0.key == first }),
          case .mapping(var inner) = entries[index].value.value
        {
          inner.append(leaf)
          entries[index].value.value = .mapping(inner)
        } else {
          entries.append(
            .init(
              key: first, keyLocation: at(name), value: SourceNode(.mapping([leaf]), at: at(cell))))
        }
      } else {
        entries.append(
          .init(
            key: first, keyLocation: at(name),
            value: value(cell, type: field?.type, location: at(cell), separator: listSeparator)))
      }
    }
    return SourceNode(.mapping(entries), at: at(record[0]))
  }

  /// A cell as a scalar, or as a list split on `separator` when the column holds a list.
  private static func value(
    _ cell: CSVReader.Field, type: SchemaType?, location: SourceLocation, separator: Character
  ) -> SourceNode {
    guard case .list? = type else {
      return SourceNode(.scalar(cell.text, quoted: false), at: location)
    }
    var items: [SourceNode] = []
    var column = location.column
    for piece in cell.text.split(separator: separator, omittingEmptySubsequences: false) {
      let leading = piece.prefix(while: { $0 == " " }).unicodeScalars.count
      let item = String(piece).trimmingSpaces
      if !item.isEmpty {
        var itemLocation = location
        itemLocation.column = column + leading
        items.append(SourceNode(.scalar(item, quoted: false), at: itemLocation))
      }
      column += piece.unicodeScalars.count + 1
    }
    return SourceNode(.sequence(items), at: location)
  }
}

extension String {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
      let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
    else { return "" }
    return String(scalars[first...last])
  }
}
