extension SchemaType {
  /// The spellings of `E`'s cases, as an enumeration; `aliases` map other spellings to them.
  static func cases<E: CaseIterable & RawRepresentable>(
    of _: E.Type, aliases: [String: String] = [:]
  ) -> SchemaType where E.RawValue == String {
    .enumeration(E.allCases.map(\.rawValue), aliases: aliases)
  }

  /// A work status: not_started, in_progress, done, blocked, not_applicable.
  static let workStatus = cases(of: WorkStatus.self)

  /// YAML 1.1 and JSON booleans accepted where the format says yes/no.
  static let yesNo = [
    "true": "yes", "True": "yes", "TRUE": "yes", "Yes": "yes", "YES": "yes",
    "false": "no", "False": "no", "FALSE": "no", "No": "no", "NO": "no",
  ]

  /// `E`'s spellings joined by `separator`, for a starter comment listing the allowed values.
  static func words<E: CaseIterable & RawRepresentable>(
    _: E.Type, separator: String = " "
  ) -> String where E.RawValue == String {
    E.allCases.map(\.rawValue).joined(separator: separator)
  }
}
