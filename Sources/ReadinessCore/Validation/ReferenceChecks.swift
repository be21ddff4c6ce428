/// Ids used twice, and references to ids that do not exist, each at the offending value.
enum ReferenceChecks {
  private typealias M = ReferenceMessages

  /// An id and where it was written. Missing or invalid ids (already reported) are empty.
  typealias Written = (id: String, at: SourceLocation?)

  /// `unread` entries' ids are known but unread: references to them are one note each, not an
  /// error each (see `UnreadEntries`).
  static func check(_ inventory: Inventory, unread: UnreadEntries = UnreadEntries())
    -> [Diagnostic]
  {
    let programme = inventory.programme
    func ids<T: KeyedEntry>(_ list: [T], _ id: KeyPath<T, String>) -> [Written] {
      list.map { ($0[keyPath: id], $0.location(of: id)) }
    }
    let systems = ids(inventory.systems, \.id)
    let flows = ids(inventory.flows, \.id)
    let tasks = ids(inventory.tasks, \.id)
    let wabas = ids(programme.wabas, \.id)
    var found = duplicates(systems, noun: M.systemID)
    found += duplicates(flows, noun: M.flowID)
    found += duplicates(tasks, noun: M.taskID)
    found += duplicates(wabas, noun: M.wabaID)
    found += duplicates(ids(programme.milestones, \.id), noun: M.milestoneID)
    found += duplicates(ids(inventory.risks, \.id), noun: M.riskID)
    found += duplicates(ids(inventory.decisions, \.id), noun: M.decisionID)
    found += duplicates(
      ids(inventory.usernames, \.handle), noun: M.handle, folding: UsernameFormat.folded)
    let knownSystems = Known(systems, noun: M.system, unread: unread.first(in: "systems"))
    for flow in inventory.flows {
      found += knownSystems.unknown(in: \.systems, of: flow)
    }
    // A task may depend on a programme milestone (Meta's defaults and the inventory's own).
    let milestoneIDs =
      ProgrammeCalendar.defaultMilestones.map { Written($0.id, nil) }
      + ids(programme.milestones, \.id)
    let knownTasks = Known(
      tasks + milestoneIDs, noun: M.taskOrMilestone,
      unread: unread.first(in: "tasks", "milestones"))
    for task in inventory.tasks {
      found += knownTasks.unknown(in: \.dependsOn, of: task)
    }
    let knownWABAs = Known(wabas, noun: M.waba, unread: unread.first(in: "wabas"))
    for waba in programme.wabas {
      found += knownWABAs.unknown(in: \.sharesUserIdsWith, of: waba)
    }
    for flow in inventory.flows {
      found += knownWABAs.unknown(in: \.waba, of: flow)
    }
    return collapsingFollowOns(found)
  }

  /// The follow-on notes of one unread id as one, at the first reference, with the count.
  static func collapsingFollowOns(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    var counts: [Message: Int] = [:]
    for d in diagnostics where d.code == .unreadReference { counts[d.text, default: 0] += 1 }
    var seen: Set<Message> = []
    return diagnostics.compactMap { d in
      guard d.code == .unreadReference else { return d }
      guard seen.insert(d.text).inserted else { return nil }
      var first = d
      let count = counts[d.text, default: 1]
      first.text = Message(
        count == 1 ? M.unreadOne : M.unreadMany,
        ["reference": .message(d.text), "count": .count(count)])
      return first
    }
  }

  /// Every id seen before in `written`, at the repeat; ids are the same when `folding` makes them
  /// equal (handles ignore case, as Meta compares them).
  static func duplicates(
    _ written: [Written], noun: MessageKey, folding: (String) -> String = { $0 }
  ) -> [Diagnostic] {
    var first: [String: Written] = [:]
    var found: [Diagnostic] = []
    for (id, at) in written where !id.isEmpty {
      if let earlier = first[folding(id)] {
        let same = earlier.id == id
        let rule = Message(same ? M.unique : M.ignoringCase)
        let hint = earlier.at.map {
          Message(
            same ? M.alreadyUsed : M.spellingUsed,
            [
              "earlier": .text(earlier.id.clipped), "line": .text(String($0.line)),
              "column": .text(String($0.column)), "rule": .message(rule),
            ])
        }
        found.append(
          Diagnostic(
            .error, code: .duplicateID,
            Message(M.duplicate, ["noun": .word(noun), "id": .text(id.clipped)]), at: at,
            hint: hint ?? rule))
      } else {
        first[folding(id)] = (id, at)
      }
    }
    return found
  }

  /// The ids of one kind of entry, for reference checks with a did-you-mean hint.
  struct Known {
    let ids: [String]
    let set: Set<String>
    let noun: MessageKey
    /// Ids of entries that could not be read, each where its entry starts.
    let unread: [String: SourceLocation]

    init(_ written: [Written], noun: MessageKey, unread: [String: SourceLocation] = [:]) {
      ids = written.map(\.id).filter { !$0.isEmpty }
      set = Set(ids)
      self.noun = noun
      self.unread = unread
    }

    /// Each reference in `entry`'s list `references` that names no known id, at the item.
    func unknown<Entry: KeyedEntry>(in references: KeyPath<Entry, [String]>, of entry: Entry)
      -> [Diagnostic]
    {
      unknown(entry[keyPath: references], of: entry) { entry.location(of: references, item: $0) }
    }

    /// `entry`'s single reference `reference`, when it names no known id.
    func unknown<Entry: KeyedEntry>(in reference: KeyPath<Entry, String?>, of entry: Entry)
      -> [Diagnostic]
    {
      unknown(entry[keyPath: reference].map { [$0] } ?? [], of: entry) { _ in
        entry.location(of: reference)
      }
    }

    private func unknown<Entry: KeyedEntry>(
      _ references: [String], of entry: Entry, at location: (Int) -> SourceLocation?
    ) -> [Diagnostic] {
      references.enumerated().compactMap { i, id in
        guard !set.contains(id) else { return nil }
        let at = location(i) ?? entry.location
        let named: MessageArguments = ["noun": .word(noun), "id": .text(id.clipped)]
        if let entryAt = unread[id] {
          return Diagnostic(
            .note, code: .unreadReference, Message(M.unread, named), at: at,
            hint: Message(
              M.unreadHint,
              [
                "noun": .word(noun), "file": .text(entryAt.file),
                "line": .text(String(entryAt.line)),
                "column": .text(String(entryAt.column)),
              ]))
        }
        let hint =
          ids.isEmpty
          ? Message(M.noneDefined, ["noun": .word(noun)])
          : Suggestion.hint(
            for: id, in: ids, listing: Message(M.knownIDs, ["noun": .word(noun)]))
        return Diagnostic(
          .error, code: .unknownReference, Message(M.unknown, named), at: at, hint: hint)
      }
    }
  }
}
