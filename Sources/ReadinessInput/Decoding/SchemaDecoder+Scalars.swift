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
        let subject = key.hasPrefix("an item of ") ? key : "'\(key)'"
        let list =
          text.contains(",") || text.contains(";")
          ? "; in a CSV cell, list items are separated by ';' (by ',' in a ';'-separated file):"
            + " a;b" : ""
        report(
          .invalidID, "\(subject) is not a valid id: '\(text.clipped)'", at: at,
          hint: InputLimits.idRule + list)
        return nil
      }
      return made(.text(text))
    case .riskID:
      guard fits(text, InputLimits.idLength, key: key, at: at) else { return nil }
      guard InputLimits.isID(text) || Risk.Kind.generatedID(text) != nil else {
        let kinds = Risk.Kind.allCases.filter { $0 != .manual && $0 != .tasksLate }
        let generated = text.contains(":") ? "neither an id nor a generated risk's id" : nil
        report(
          .invalidID, "'\(key)' is \(generated ?? "not a valid id"): '\(text.clipped)'", at: at,
          hint: InputLimits.idRule
            + "; a generated risk's id is tasks-late or <kind>:<ref>, the kind one of "
            + kinds.map(\.rawValue).joined(separator: ", "))
        return nil
      }
      return made(.text(text))
    case .currency:
      guard text.count == 3,
        text.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
      else {
        report(
          .invalidCurrency, "currency '\(text.clipped)' is not a three-letter ISO 4217 code",
          at: at,
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
          code, "'\(key)' must be \(range.phrase), found \(text.clipped)", at: at,
          hint: key == "version"
            ? "this tool reads inventory format version 1"
            : range.maximum == 1
              ? "a share is a fraction: write 0.25 for 25%" : "use a value \(range.phrase)")
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
            .outOfRange, "'\(key)' must be a date \(InputLimits.dateRange), found \(text.clipped)",
            at: at,
            hint:
              "the report's calendar runs from \(InputLimits.earliestDate.iso) to \(InputLimits.latestDate.iso)"
          )
          return nil
        }
        return made(.date(day))
      }
      let shaped =
        text.split(separator: "-", omittingEmptySubsequences: false).map(\.count) == [4, 2, 2]
      report(
        .invalidDate,
        shaped
          ? "'\(key)' is not a real date: \(text.clipped)"
          : "'\(key)' expects a date (YYYY-MM-DD), found \(node.kindDescription)",
        at: at, hint: "write dates as YYYY-MM-DD, for example 2026-06-29")
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
      report(
        .invalidEnum,
        key.hasPrefix("an item of ")
          ? "\(key) is invalid: '\(text.clipped)'" : "invalid \(key) '\(text.clipped)'", at: at,
        hint: Suggestion.hint(for: text, in: listed, listing: "expected one of"))
      return nil
    case .checklistID:
      guard ChecklistItemID(rawValue: text) != nil else {
        report(
          .unknownReference, "\(key) names no checklist item: '\(text.clipped)'", at: at,
          hint: Suggestion.hint(
            for: text, in: ChecklistItemID.allCases.map(\.rawValue), listing: "checklist items are")
        )
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
      .textTooLong, "'\(key)' is \(text.count) characters long, more than the \(limit) allowed",
      at: at,
      hint: limit == InputLimits.idLength
        ? "use a shorter id" : "shorten it; put long notes in a linked document")
    return false
  }
}
