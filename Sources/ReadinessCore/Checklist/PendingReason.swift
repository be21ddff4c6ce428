/// Why something is still pending, in plain words: the key as the inventory spells it (so the
/// user knows what to edit; the entry's key declarations name it), then its value in words
/// ("bsuid_field: in progress"). A key the inventory leaves out reads "not assessed", never
/// "false".
enum PendingReason {
  static func flag<Entry: KeyedEntry>(_ entry: Entry, _ property: KeyPath<Entry, Bool?>) -> String {
    let value = entry[keyPath: property]
    return "\(Entry.keys.name(of: property)): \(value.map { $0 ? "yes" : "no" } ?? "not assessed")"
  }

  static func value<Entry: KeyedEntry, E: RawRepresentable>(
    _ entry: Entry, _ property: KeyPath<Entry, E?>
  ) -> String where E.RawValue == String {
    let value = entry[keyPath: property]
    return "\(Entry.keys.name(of: property)): \(value.map { words($0.rawValue) } ?? "not assessed")"
  }

  static func value<Entry: KeyedEntry, E: RawRepresentable>(
    _ entry: Entry, _ property: KeyPath<Entry, E>
  ) -> String where E.RawValue == String {
    "\(Entry.keys.name(of: property)): \(words(entry[keyPath: property].rawValue))"
  }

  /// `in_progress` → "in progress"; `unassessed` → "not assessed".
  static func words(_ raw: String) -> String {
    raw == "unassessed" ? "not assessed" : raw.underscoresAsSpaces
  }
}
