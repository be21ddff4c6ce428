/// Entries of the inventory's lists that could not be read (a CSV row with the wrong number of
/// fields, an entry whose id is invalid), by the id they were written with. Their own error is
/// the root cause: a reference to one of them is not reported again as unknown, which would
/// bury that error under one follow-on per reference.
public struct UnreadEntries: Sendable, Equatable {
  /// An unread entry's id as written and where the entry starts.
  public struct Entry: Sendable, Equatable {
    public var id: String
    public var location: SourceLocation
    public init(id: String, location: SourceLocation) {
      self.id = id
      self.location = location
    }
  }

  /// The entries, by the key of the list they were in (`systems`, `tasks`, `wabas`, …).
  public private(set) var lists: [String: [Entry]] = [:]

  public init() {}

  /// Records an entry of `list` that could not be read; blank ids are ignored.
  public mutating func add(_ id: String, at location: SourceLocation, list: String) {
    guard !id.isEmpty else { return }
    lists[list, default: []].append(Entry(id: id, location: location))
  }

  public mutating func merge(_ other: UnreadEntries) {
    for (list, entries) in other.lists { lists[list, default: []] += entries }
  }

  /// The first place each id of `lists` was written.
  func first(in lists: String...) -> [String: SourceLocation] {
    var found: [String: SourceLocation] = [:]
    for entry in lists.flatMap({ self.lists[$0] ?? [] }) where found[entry.id] == nil {
      found[entry.id] = entry.location
    }
    return found
  }
}
