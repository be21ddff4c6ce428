/// Ids used twice, and references to ids that do not exist, each at the offending value.
enum ReferenceChecks {
  /// An id and where it was written. Missing or invalid ids (already reported) are empty.
  typealias Written = (id: String, at: SourceLocation?)

  static func check(_ inventory: Inventory) -> [Diagnostic] {
    let programme = inventory.programme
    func ids<T>(
      _ list: [T], _ id: (T) -> String, _ origin: (T) -> SourceMap, key: String = "id"
    ) -> [Written] { list.map { (id($0), origin($0).location(of: key)) } }
    let systems = ids(inventory.systems, \.id, \.origin)
    let flows = ids(inventory.flows, \.id, \.origin)
    let tasks = ids(inventory.tasks, \.id, \.origin)
    let wabas = ids(programme.wabas, \.id, \.origin)
    var found = duplicates(systems, noun: "system id")
    found += duplicates(flows, noun: "flow id")
    found += duplicates(tasks, noun: "task id")
    found += duplicates(wabas, noun: "WABA id")
    found += duplicates(ids(programme.milestones, \.id, \.origin), noun: "milestone id")
    found += duplicates(ids(inventory.risks, \.id, \.origin), noun: "risk id")
    found += duplicates(ids(inventory.decisions, \.id, \.origin), noun: "decision id")
    found += duplicates(
      ids(inventory.usernames, \.handle, \.origin, key: "handle"), noun: "username handle",
      folding: UsernameFormat.folded)
    let knownSystems = Known(systems, noun: "system")
    for flow in inventory.flows {
      found += knownSystems.unknown(
        in: flow.systems, key: "systems", of: flow.origin, flow.location)
    }
    let knownTasks = Known(tasks, noun: "task")
    for task in inventory.tasks {
      found += knownTasks.unknown(
        in: task.dependsOn, key: "depends_on", of: task.origin, task.location)
    }
    let knownWABAs = Known(wabas, noun: "WABA")
    for waba in programme.wabas {
      found += knownWABAs.unknown(
        in: waba.sharesUserIdsWith, key: "shares_user_ids_with", of: waba.origin, waba.location)
    }
    for flow in inventory.flows {
      found += knownWABAs.unknown(
        in: flow.waba.map { [$0] } ?? [], key: "waba", of: flow.origin, flow.location)
    }
    return found
  }

  /// Every id seen before in `written`, at the repeat; ids are the same when `folding` makes them
  /// equal (handles ignore case, as Meta compares them).
  static func duplicates(
    _ written: [Written], noun: String, folding: (String) -> String = { $0 }
  ) -> [Diagnostic] {
    var first: [String: Written] = [:]
    var found: [Diagnostic] = []
    for (id, at) in written where !id.isEmpty {
      if let earlier = first[folding(id)] {
        let spelling = earlier.id == id ? "it" : "'\(earlier.id.clipped)'"
        let rule = earlier.id == id ? "ids must be unique" : "Meta compares handles ignoring case"
        found.append(
          Diagnostic(
            .error, code: .duplicateID, "duplicate \(noun) '\(id.clipped)'", at: at,
            hint: earlier.at.map {
              "\(spelling) is already used at line \($0.line), column \($0.column); \(rule)"
            } ?? rule))
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
    let noun: String

    init(_ written: [Written], noun: String) {
      ids = written.map(\.id).filter { !$0.isEmpty }
      set = Set(ids)
      self.noun = noun
    }

    /// Each reference in `references` (the list under `key` of an entry written at `entry`)
    /// that names no known id.
    func unknown(
      in references: [String], key: String, of origin: SourceMap, _ entry: SourceLocation?
    ) -> [Diagnostic] {
      references.enumerated().compactMap { i, id in
        guard !set.contains(id) else { return nil }
        let at = origin.location(of: key, item: i) ?? entry
        let hint =
          ids.isEmpty
          ? "no \(noun) is defined"
          : Suggestion.hint(for: id, in: ids, listing: "known \(noun) ids")
        return Diagnostic(
          .error, code: .unknownReference, "unknown \(noun) '\(id.clipped)'", at: at, hint: hint)
      }
    }
  }
}
