import ReadinessCore

extension SchemaDecoder {
  /// Interprets a scalar as written; numbers must be unquoted, everything else may be quoted.
  mutating func scalar(
    _ text: String, quoted: Bool, node: SourceNode, as type: SchemaType, key: String
  ) -> Decoded? {
    let at = node.location
    func made(_ value: Decoded.Value) -> Decoded { Decoded(value: value, location: at) }
    switch type {
    case .string:
      guard fits(text, InputLimits.textLength, key: key, at: at) else { return nil }
      return made(.text(text))
    case .id:
      guard fits(text, InputLimits.idLength, key: key, at: at) else { return nil }
      guard InputLimits.isID(text) else {
        // An item's key already reads "an item of 'x'"; a lone key is quoted.
        let subject =
          key.hasPrefix(Self.itemPrefix)
          ? Self.subject(key) : Message(M.quotedKey, ["key": .text(key)])
        let list = text.contains(",") || text.contains(";")
        report(
          .invalidID,
          Message(M.invalidID, ["subject": .message(subject), "value": .text(text.clipped)]),
          at: at,
          hint: list
            ? Message(M.idInCSVHint, ["rule": .message(InputLimits.idRuleMessage)])
            : InputLimits.idRuleMessage)
        return nil
      }
      return made(.text(text))
    case .riskID:
      guard fits(text, InputLimits.idLength, key: key, at: at) else { return nil }
      guard InputLimits.isID(text) || Risk.Kind.generatedID(text) != nil else {
        let kinds = Risk.Kind.allCases.filter { $0 != .manual && $0 != .tasksLate }
        let value: MessageArguments = [
          "key": .text(key), "value": .text(text.clipped),
          "subject": .message(Message(M.quotedKey, ["key": .text(key)])),
        ]
        report(
          .invalidID, Message(text.contains(":") ? M.neitherRiskID : M.invalidID, value), at: at,
          hint: Message(
            M.riskIDHint,
            [
              "rule": .message(InputLimits.idRuleMessage),
              "kinds": .text(kinds.map(\.rawValue).joined(separator: ", ")),
            ]))
        return nil
      }
      return made(.text(text))
    case .currency:
      guard text.count == 3,
        text.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
      else {
        report(
          .invalidCurrency, Message(M.currency, ["value": .text(text.clipped)]), at: at,
          hint: SchemaType.currency.example)
        return nil
      }
      return made(.text(text.uppercased()))
    case .integer(let range), .number(let range):
      let isInteger: Bool
      if case .integer = type { isInteger = true } else { isInteger = false }
      // An integer is any integral number (1.0, 1e3), as the JSON Schema's "integer" says.
      // A number too large for a double (1e400) is out of range, not "not a number".
      guard !quoted, let value = Self.number(text), !isInteger || value == value.rounded() else {
        wrongType(node, expected: type, key: key)
        return nil
      }
      guard value.isFinite, range.contains(value), !isInteger || Self.isWhole(value) else {
        let code: DiagnosticCode = key == "version" ? .unsupportedVersion : .outOfRange
        report(
          code,
          Message(
            M.outOfRange,
            ["key": .text(key), "range": .message(range.phrase), "value": .text(text.clipped)]),
          at: at,
          hint: key == "version"
            ? Message(M.versionHint)
            : range.maximum == 1
              ? Message(M.shareHint) : Message(M.rangeHint, ["range": .message(range.phrase)]))
        return nil
      }
      return made(isInteger ? .integer(Int(value)) : .number(value))
    case .boolean:
      switch text.lowercased() {
      case "true", "yes", "on": return made(.boolean(true))
      case "false", "no", "off": return made(.boolean(false))
      default:
        wrongType(node, expected: type, key: key)
        return nil
      }
    case .date:
      if let day = Day(iso: text) {
        guard InputLimits.contains(day) else {
          report(
            .outOfRange,
            Message(
              M.dateOutOfRange,
              [
                "key": .text(key), "range": .message(InputLimits.dateRangeMessage),
                "value": .text(text.clipped),
              ]),
            at: at,
            hint: Message(
              M.dateOutOfRangeHint,
              ["earliest": .day(InputLimits.earliestDate), "latest": .day(InputLimits.latestDate)]))
          return nil
        }
        return made(.date(day))
      }
      let shaped =
        text.split(separator: "-", omittingEmptySubsequences: false).map(\.count) == [4, 2, 2]
      report(
        .invalidDate,
        shaped
          ? Message(M.notRealDate, ["key": .text(key), "value": .text(text.clipped)])
          : Message(M.expectsDate, ["key": .text(key), "found": .message(node.kindDescription)]),
        at: at, hint: SchemaType.date.example)
      return nil
    case .enumeration(let values, let aliases, let ignoringCase):
      let folded = text.lowercased()
      if let match = values.first(where: { $0 == text || ignoringCase && $0.lowercased() == folded }
      )
        ?? aliases[text]
      {
        return made(.text(match))
      }
      let listed = values + aliases.keys.filter { $0 == $0.lowercased() }.sorted()
      let value = MessageArgument.text(text.clipped)
      report(
        .invalidEnum,
        key.hasPrefix(Self.itemPrefix)
          ? Message(M.invalidItem, ["subject": .message(Self.subject(key)), "value": value])
          : Message(M.invalidValue, ["key": Self.name(key), "value": value]), at: at,
        hint: Suggestion.hint(for: text, in: listed, listing: Message(M.expectedOneOf)))
      return nil
    case .checklistID:
      guard ChecklistItemID(rawValue: text) != nil else {
        report(
          .unknownReference,
          Message(M.noChecklistItem, ["key": Self.name(key), "value": .text(text.clipped)]), at: at,
          hint: Suggestion.hint(
            for: text, in: ChecklistItemID.allCases.map(\.rawValue),
            listing: Message(M.checklistItems)))
        return nil
      }
      return made(.text(text))
    default:
      wrongType(node, expected: type, key: key)
      return nil
    }
  }

  /// Integral and small enough to be an exact `Int` (|value| < 2^53).
  static func isWhole(_ value: Double) -> Bool {
    value == value.rounded() && abs(value) < 9_007_199_254_740_992
  }

  /// A decimal number as JSON and YAML write it (no hex, no inf/nan words); one too large for
  /// a double (`1e400`) reads as infinity, which no range contains.
  static func number(_ text: String) -> Double? {
    guard !text.isEmpty,
      text.unicodeScalars.allSatisfy({
        ("0"..."9").contains($0) || "+-.eE".unicodeScalars.contains($0)
      }),
      let value = Double(text), !value.isNaN
    else { return nil }
    return value
  }

  /// Whether `text` has at most `limit` characters; reports it when not.
  private mutating func fits(_ text: String, _ limit: Int, key: String, at: SourceLocation) -> Bool
  {
    guard text.utf8.count > limit, text.count > limit else { return true }
    report(
      .textTooLong,
      Message(M.tooLong, ["key": .text(key), "count": .count(text.count), "limit": .count(limit)]),
      at: at, hint: Message(limit == InputLimits.idLength ? M.shorterID : M.shorterText))
    return false
  }
}
