/// Why something is still pending, in plain words: the key as the inventory spells it (so the
/// user knows what to edit; the entry's key declarations name it, never translated), then its
/// value in words ("bsuid_field: in progress"). A key the inventory leaves out reads "not
/// assessed", never "false".
enum PendingReason {
  static func flag<Entry: KeyedEntry>(_ entry: Entry, _ property: KeyPath<Entry, Bool?>)
    -> Message
  {
    let value = entry[keyPath: property].map { $0 ? WordMessages.yes : WordMessages.no }
    return reason(Entry.keys.name(of: property), value ?? WordMessages.notAssessed)
  }

  static func value<Entry: KeyedEntry, E: VocabularyWords>(
    _ entry: Entry, _ property: KeyPath<Entry, E?>
  ) -> Message {
    let value = entry[keyPath: property].map { WordMessages.vocabulary($0) }
    return reason(Entry.keys.name(of: property), value ?? WordMessages.notAssessed)
  }

  static func value<Entry: KeyedEntry, E: VocabularyWords>(
    _ entry: Entry, _ property: KeyPath<Entry, E>
  ) -> Message {
    reason(Entry.keys.name(of: property), WordMessages.vocabulary(entry[keyPath: property]))
  }

  /// "key: value", the key as written and the value a word.
  private static func reason(_ key: String, _ value: MessageKey) -> Message {
    Message(PendingMessages.keyValue, ["key": .text(key), "value": .word(value)])
  }
}
