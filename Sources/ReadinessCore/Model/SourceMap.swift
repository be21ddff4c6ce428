/// Where an entry's values were written, by key name, so a check on the model can point at the
/// exact value. Rules ask through `KeyedEntry.location(of:)`, by key path.
public struct SourceMap: Sendable {
  /// Each key's value, by key.
  var values: [String: SourceLocation] = [:]
  /// Each item of a list value, by the list's key.
  var items: [String: [SourceLocation]] = [:]
  /// Keys that were written with an invalid value (already reported), so they count as given.
  var rejected: Set<String> = []

  public init() {}

  /// Where `key`'s value was written; nil when it was not.
  func location(of key: String) -> SourceLocation? { values[key] }

  /// Where item `index` of the list under `key` was written.
  func location(of key: String, item index: Int) -> SourceLocation? {
    guard let list = items[key], list.indices.contains(index) else { return values[key] }
    return list[index]
  }
}
