/// Why something is still pending, in plain words: the key as the inventory spells it (so the
/// user knows what to edit; the entry's key declarations name it), then its value in words
/// ("bsuid_field: in progress"). A key the inventory leaves out reads "not assessed", never
/// "false".
enum PendingReason {
  static func flag<Entry: KeyedEntry>(_ entry: Entry, _ property: KeyPath<Entry, Bool?>) -> String {
    let value = entry[keyPath: property]
    return "\(Entry.keys.name(of: property)): \(value.map { $0 ? "yes" : "no" } ?? "not assessed")"
  }

  static func value<Entry: KeyedEntry, E: VocabularyWords>(
    _ entry: Entry, _ property: KeyPath<Entry, E?>
  ) -> String {
    let value = entry[keyPath: property]
    return "\(Entry.keys.name(of: property)): \(value?.words ?? "not assessed")"
  }

  static func value<Entry: KeyedEntry, E: VocabularyWords>(
    _ entry: Entry, _ property: KeyPath<Entry, E>
  ) -> String {
    "\(Entry.keys.name(of: property)): \(entry[keyPath: property].words)"
  }
}
