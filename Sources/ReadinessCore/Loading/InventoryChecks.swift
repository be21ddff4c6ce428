/// The checks that need the whole inventory: duplicate ids, references to unknown ids, task
/// dependency cycles and dating mistakes, and warnings about likely gaps. Every diagnostic
/// points at the offending value.
enum InventoryChecks {
  static func check(_ root: DecodedObject) -> [Diagnostic] {
    var found: [Diagnostic] = []
    let programme = root.object("programme")
    let systems = root.objects("systems")
    let flows = root.objects("flows")
    let tasks = root.objects("tasks")
    let wabas = programme?.objects("wabas") ?? []

    found += duplicates(systems, key: "id", noun: "system id")
    found += duplicates(flows, key: "id", noun: "flow id")
    found += duplicates(tasks, key: "id", noun: "task id")
    found += duplicates(wabas, key: "id", noun: "WABA id")
    found += duplicates(programme?.objects("milestones") ?? [], key: "id", noun: "milestone id")
    found += duplicates(root.objects("risks"), key: "id", noun: "risk id")
    found += duplicates(root.objects("decisions"), key: "id", noun: "decision id")
    found += duplicates(root.objects("usernames"), key: "handle", noun: "username handle")

    let systemIDs = systems.compactMap { $0.text("id") }
    for flow in flows {
      found += references(flow.list("systems"), known: systemIDs, noun: "system")
    }
    let taskIDs = tasks.compactMap { $0.text("id") }
    for task in tasks {
      found += references(task.list("depends_on"), known: taskIDs, noun: "task")
    }
    let wabaIDs = wabas.compactMap { $0.text("id") }
    for waba in wabas {
      found += references(waba.list("shares_user_ids_with"), known: wabaIDs, noun: "WABA")
    }
    found += TaskChecks.cycles(tasks)
    found += TaskChecks.dating(tasks)
    found += currencies(flows)
    found += warnings(flows: flows, usernames: root.objects("usernames"))
    return found
  }

  /// Each ad-spend currency that is not three ASCII letters (`eur` is fine: it is upper-cased).
  static func currencies(_ flows: [DecodedObject]) -> [Diagnostic] {
    flows.compactMap { flow in
      guard let spend = flow.object("monthly_ad_spend"), let code = spend.text("currency"),
        code.count != 3 || !code.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic })
      else { return nil }
      return Diagnostic(
        .error, code: "inventory.invalid-currency",
        "currency '\(code.clipped)' is not a three-letter ISO 4217 code",
        at: spend.location(of: "currency"), hint: "write the code, e.g. EUR, GBP or USD")
    }
  }

  /// Every value of `key` seen before in `objects`, at the repeat.
  static func duplicates(_ objects: [DecodedObject], key: String, noun: String) -> [Diagnostic] {
    var first: [String: SourceLocation] = [:]
    var found: [Diagnostic] = []
    for object in objects {
      guard let value = object.text(key) else { continue }
      let here = object.location(of: key)
      if let earlier = first[value] {
        found.append(
          Diagnostic(
            .error, code: "inventory.duplicate-id", "duplicate \(noun) '\(value.clipped)'", at: here,
            hint: "it is already used at line \(earlier.line), column \(earlier.column); ids must be unique"))
      } else {
        first[value] = here
      }
    }
    return found
  }

  /// Each reference in `list` that names no known id.
  static func references(_ list: [Decoded], known: [String], noun: String) -> [Diagnostic] {
    list.compactMap { item in
      guard let id = item.text, !known.contains(id) else { return nil }
      let hint =
        known.isEmpty
        ? "no \(noun) is defined"
        : Suggestion.hint(for: id, in: known, listing: "known \(noun) ids")
      return Diagnostic(
        .error, code: "inventory.unknown-reference", "unknown \(noun) '\(id.clipped)'",
        at: item.location, hint: hint)
    }
  }

  static func warnings(flows: [DecodedObject], usernames: [DecodedObject]) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for flow in flows where flow.text("kind") == FlowKind.clickToWhatsApp.rawValue {
      guard !flow.has("monthly_conversations") else { continue }
      found.append(
        Diagnostic(
          .warning, code: "inventory.ctwa-without-conversations",
          "click-to-WhatsApp flow '\((flow.text("id") ?? "").clipped)' has no monthly_conversations",
          at: flow.location(of: "kind"),
          hint: "add monthly_conversations so the report can size the Operational Silence exposure"))
    }
    for username in usernames {
      var handles: [Decoded] = username["handle"].map { [$0] } ?? []
      handles += username.list("alternates")
      for handle in handles {
        guard let text = handle.text else { continue }
        let problems = UsernameFormat.problems(text)
        guard !problems.isEmpty else { continue }
        found.append(
          Diagnostic(
            .warning, code: "inventory.username-format",
            "username '\(text.clipped)' breaks Meta's handle rules: it \(problems.joined(separator: "; it "))",
            at: handle.location,
            hint: "a handle is 3–35 characters of a–z, 0–9, '.' and '_', with at least one letter"))
      }
    }
    return found
  }
}
