/// Why something is still pending, in plain words: the key as the inventory spells it (so the
/// user knows what to edit), then its value in words ("bsuid_field: in progress"). A key the
/// inventory leaves out reads "not assessed", never "false".
enum PendingReason {
  static func flag(_ key: String, _ value: Bool?) -> String {
    "\(key): \(value.map { $0 ? "yes" : "no" } ?? "not assessed")"
  }

  static func value<E: RawRepresentable>(_ key: String, _ value: E?) -> String
  where E.RawValue == String {
    "\(key): \(value.map { words($0.rawValue) } ?? "not assessed")"
  }

  /// `in_progress` → "in progress"; `unassessed` → "not assessed".
  static func words(_ raw: String) -> String {
    raw == "unassessed" ? "not assessed" : raw.underscoresAsSpaces
  }
}
