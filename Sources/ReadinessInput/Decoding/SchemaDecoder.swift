import Foundation
import ReadinessCore

/// Checks a `SourceNode` tree against the inventory schema, collecting every problem (it
/// never stops at the first), and returns the values that passed, typed.
struct SchemaDecoder {
  typealias M = SchemaMessages

  /// Reads a CSV file named by a `{csv: …}` section, relative to the inventory.
  let readFile: InventoryLoader.FileReader
  /// The inventory's folder as the user wrote it ("" for the working directory).
  let directory: String
  var diagnostics: [Diagnostic] = []
  /// Entries that could not be read, by the id they were written with (see `UnreadEntries`).
  var unread = UnreadEntries()
  /// Recurrence steps libical may still take expanding the RRULEs of the inventory's ICS files.
  var recurrenceSteps = ICSCalendar.recurrenceSteps
  /// ICS files the inventory may still name.
  var icsFiles = ICSCalendar.maximumFiles

  init(readFile: @escaping InventoryLoader.FileReader, inventoryFile: String) {
    self.readFile = readFile
    if let slash = inventoryFile.lastIndex(of: "/") {
      directory = String(inventoryFile[...slash])
    } else {
      directory = ""
    }
  }

  mutating func report(
    _ code: DiagnosticCode, _ message: Message, at location: SourceLocation, hint: Message? = nil,
    severity: Diagnostic.Severity = .error
  ) {
    diagnostics.append(Diagnostic(severity, code: code, message, at: location, hint: hint))
  }

  /// Decodes `node` as `type`; nil when it is absent (null) or invalid (then reported).
  /// `key` names the value in messages.
  mutating func decode(_ node: SourceNode, as type: SchemaType, key: String) -> Decoded? {
    if case .null = node.value { return nil }
    switch type {
    case .string, .id, .riskID, .integer, .number, .boolean, .date, .currency, .enumeration,
      .checklistID:
      guard case .scalar(let text, let quoted) = node.value else {
        wrongType(node, expected: type, key: key)
        return nil
      }
      return scalar(text, quoted: quoted, node: node, as: type, key: key)
    case .list(let element):
      guard case .sequence(let items) = node.value else {
        wrongType(node, expected: type, key: key)
        return nil
      }
      return Decoded(
        value: .list(decodeItems(items, as: element, key: key)), location: node.location)
    case .object(let schema):
      return object(node, schema: schema, key: key).map {
        Decoded(value: .object($0), location: node.location)
      }
    case .map(let keyType, let valueType):
      return map(node, key: keyType, value: valueType, name: key)
    case .table(let schema):
      return table(node, schema: schema, key: key)
    case .dayList(let schema):
      return dayList(node, schema: schema, key: key)
    }
  }

  /// The valid items of a list of `element`s. A long list (a table's rows) is decoded in
  /// chunks on every core, each by its own decoder; the chunks' diagnostics are appended in
  /// order, so they are the same as one decoder's.
  private mutating func decodeItems(_ items: [SourceNode], as element: SchemaType, key: String)
    -> [Decoded]
  {
    let name = Self.itemPrefix + key + "'"
    let chunks = items.concurrentChunks { [self] chunk in
      var decoder = self
      decoder.diagnostics = []
      decoder.unread = UnreadEntries()
      let decoded = chunk.compactMap { item -> Decoded? in
        if case .null = item.value {
          decoder.wrongType(item, expected: element, key: name)
          return nil
        }
        let value = decoder.decode(item, as: element, key: name)
        decoder.noteUnread(item, decoded: value, list: key)
        return value
      }
      return (decoded, decoder.diagnostics, decoder.unread)
    }
    for (_, problems, unread) in chunks {
      diagnostics += problems
      self.unread.merge(unread)
    }
    return chunks.flatMap(\.0)
  }

  /// Records `item` of `list` as unread when it was rejected or its `id` was: its own error
  /// stands for the references to it.
  private mutating func noteUnread(_ item: SourceNode, decoded: Decoded?, list: String) {
    guard case .mapping(let entries) = item.value,
      let id = entries.first(where: { $0.key == "id" }),
      case .scalar(let text, _) = id.value.value
    else { return }
    if case .object(let object)? = decoded?.value, !object.rejected.contains("id") { return }
    unread.add(text.trimmingSpaces, at: item.location, list: list)
  }

  /// Decodes a mapping with fixed keys: unknown keys, missing required keys, each value.
  mutating func object(_ node: SourceNode, schema: ObjectSchema, key: String) -> DecodedObject? {
    guard case .mapping(let entries) = node.value else {
      wrongType(node, expected: .object(schema), key: key)
      return nil
    }
    var result = DecodedObject(location: node.location)
    for (index, entry) in entries.enumerated() {
      guard let field = schema.field(entry.key) else {
        let names = schema.fields.map(\.name)
        let split = index > 0 ? Self.splitValue(entries[index - 1], entry, keys: names) : nil
        report(
          .unknownKey,
          Message(
            M.unknownKey,
            ["key": .text(entry.key.clipped), "object": .message(article(schema.name))]),
          at: entry.keyLocation,
          hint: split ?? Suggestion.hint(for: entry.key, in: names, listing: Message(M.knownKeys)))
        continue
      }
      if field.required, entry.value.isNull || entry.value.isBlank {
        let doc = field.doc.lowercased().trimmingCharacters(in: .punctuationCharacters)
        report(
          .missingKey, Message(M.noValue, ["key": .text(field.name)]), at: entry.keyLocation,
          hint: Message(M.noValueHint, ["key": .text(field.name), "doc": .text(doc)]))
        continue
      }
      if let value = decode(entry.value, as: field.type, key: field.name) {
        result.entries.append(.init(key: entry.key, keyLocation: entry.keyLocation, value: value))
      } else if !entry.value.isNull {
        result.rejected.insert(entry.key)
      }
    }
    let present = Set(entries.map(\.key))
    for field in schema.fields where field.required && !present.contains(field.name) {
      report(
        .missingKey,
        Message(M.needs, ["object": .message(article(schema.name)), "key": .text(field.name)]),
        at: node.location,
        hint: Message(M.needsHint, ["key": .text(field.name), "doc": .text(field.doc)]))
    }
    return result
  }

  private mutating func map(
    _ node: SourceNode, key keyType: SchemaType, value valueType: SchemaType, name: String
  ) -> Decoded? {
    guard case .mapping(let entries) = node.value else {
      wrongType(node, expected: .map(key: keyType, value: valueType), key: name)
      return nil
    }
    var result = DecodedObject(location: node.location)
    for entry in entries {
      let keyNode = SourceNode(.scalar(entry.key, quoted: true), at: entry.keyLocation)
      guard let keyValue = decode(keyNode, as: keyType, key: Self.keyPrefix + name + "'")?.text,
        let value = decode(entry.value, as: valueType, key: "\(name).\(entry.key)")
      else { continue }
      result.entries.append(.init(key: keyValue, keyLocation: entry.keyLocation, value: value))
    }
    return Decoded(value: .object(result), location: node.location)
  }

  mutating func wrongType(_ node: SourceNode, expected: SchemaType, key: String) {
    report(
      .wrongType,
      Message(
        M.wrongType,
        [
          "subject": .message(Self.subject(key)), "expected": .message(expected.noun),
          "found": .message(node.kindDescription),
        ]), at: node.location, hint: expected.example)
  }
}
