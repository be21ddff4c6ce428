/// Makes the model from a decoded inventory, with where each value was written. Keys left out
/// stay nil where the rules give absence a meaning; required values that were missing or invalid
/// (already reported) get placeholders so the validator can still check the rest.
enum InventoryBuilder {
  static func inventory(from root: DecodedObject) -> Inventory {
    var inventory = Inventory(programme: programme(root.object("programme")))
    inventory.version = root.integer("version") ?? 1
    inventory.systems = root.objects("systems").concurrentMap(system)
    inventory.flows = root.objects("flows").concurrentMap(flow)
    inventory.usernames = root.objects("usernames").map(username)
    inventory.tasks = root.objects("tasks").concurrentMap(task)
    inventory.attestations = (root.object("attestations")?.entries ?? []).compactMap { entry in
      guard let object = entry.value.object, let item = ChecklistItemID(rawValue: entry.key) else {
        return nil
      }
      var attestation = Attestation(
        item: item, status: object.value("status", as: WorkStatus.self) ?? .notStarted)
      attestation.by = object.text("by")
      attestation.on = object.day("on")
      attestation.evidence = object.text("evidence")
      attestation.location = entry.keyLocation
      return attestation
    }
    inventory.risks = root.objects("risks").map(risk)
    inventory.decisions = root.objects("decisions").map { object in
      var decision = Decision(id: object.text("id") ?? "", title: object.text("title") ?? "")
      decision.owner = object.text("owner")
      decision.date = object.day("date")
      decision.status = object.value("status", as: DecisionStatus.self)
      decision.rationale = object.text("rationale")
      decision.neededBy = object.day("needed_by")
      decision.link = object.text("link")
      decision.location = object.location
      decision.origin = SourceMap(object)
      return decision
    }
    return inventory
  }

  static func system(_ o: DecodedObject) -> BusinessSystem {
    var s = BusinessSystem(
      id: o.text("id") ?? "", name: o.text("name") ?? "",
      kind: o.value("kind", as: SystemKind.self) ?? .other)
    s.owner = o.text("owner")
    s.team = o.text("team")
    s.stores = o.texts("stores").compactMap(StoredIdentifier.init(rawValue:))
    s.needsBSUID = o.value("needs_bsuid", as: NeedsBSUID.self) ?? .unassessed
    s.bsuidField = o.value("bsuid_field", as: WorkStatus.self)
    s.dedupeKey = o.value("dedupe_key", as: DedupeKey.self)
    s.handlesMissingPhone = o.bool("handles_missing_phone")
    s.consumesWebhooks = o.bool("consumes_webhooks")
    s.handlesIdChanges = o.bool("handles_id_changes")
    s.sendsMessages = o.bool("sends_messages")
    s.bsuidSendField = o.value("bsuid_send_field", as: SendField.self)
    s.status = o.value("status", as: WorkStatus.self) ?? .notStarted
    s.notes = o.text("notes")
    s.location = o.location
    s.origin = SourceMap(o)
    return s
  }

  static func flow(_ o: DecodedObject) -> MessageFlow {
    var f = MessageFlow(
      id: o.text("id") ?? "", name: o.text("name") ?? "",
      kind: o.value("kind", as: FlowKind.self) ?? .inboundService)
    f.systems = o.texts("systems")
    f.primaryIdentifier = o.value("primary_identifier", as: PrimaryIdentifier.self) ?? .unknown
    f.needsPhoneFor = o.texts("needs_phone_for").compactMap(PhoneNeed.init(rawValue:))
    f.phoneRequest = o.value("phone_request", as: PhoneRequest.self) ?? .undecided
    f.phoneRequestValidated = o.bool("phone_request_validated")
    f.e2eTested = o.bool("e2e_tested")
    f.monthlyConversations = o.integer("monthly_conversations")
    if let spend = o.object("monthly_ad_spend"), let amount = spend.number("amount"),
      let currency = spend.text("currency")
    {
      f.monthlyAdSpend = Money(amount: amount, currency: currency)
    }
    f.firstContactShare = o.number("first_contact_share")
    f.owner = o.text("owner")
    f.waba = o.text("waba")
    f.location = o.location
    f.origin = SourceMap(o)
    return f
  }

  static func username(_ o: DecodedObject) -> UsernameClaim {
    var u = UsernameClaim(handle: o.text("handle") ?? "")
    u.sources = o.texts("sources").compactMap(UsernameSource.init(rawValue:))
    u.verifiedBadge = o.bool("verified_badge")
    u.status = o.value("status", as: UsernameStatus.self) ?? .notStarted
    u.owner = o.text("owner")
    u.target = o.day("target")
    u.alternates = o.texts("alternates")
    u.phoneNumber = o.text("phone_number")
    u.location = o.location
    u.origin = SourceMap(o)
    return u
  }

  static func task(_ o: DecodedObject) -> PlanTask {
    var t = PlanTask(
      id: o.text("id") ?? "", title: o.text("title") ?? "",
      phase: o.value("phase", as: PhaseID.self) ?? .planning)
    t.owner = o.text("owner")
    t.start = o.day("start")
    t.end = o.day("end")
    t.duration = o.integer("duration")
    t.dependsOn = o.texts("depends_on")
    t.covers = o.texts("covers").compactMap(ChecklistItemID.init(rawValue:))
    t.milestone = o.bool("milestone") ?? false
    let status = o.value("status", as: WorkStatus.self)
    t.progress = o.number("progress") ?? (status == .done ? 100 : 0)
    t.status = status ?? (t.progress == 0 ? .notStarted : t.progress >= 100 ? .done : .inProgress)
    t.location = o.location
    t.origin = SourceMap(o)
    return t
  }

  static func risk(_ o: DecodedObject) -> ManualRisk {
    var r = ManualRisk(
      id: o.text("id") ?? "", title: o.text("title") ?? "",
      severity: o.value("severity", as: Severity.self) ?? .medium)
    r.owner = o.text("owner")
    r.likelihood = o.value("likelihood", as: RiskLevel.self)
    r.impact = o.value("impact", as: RiskLevel.self)
    r.due = o.day("due")
    r.state = o.value("status", as: RiskState.self) ?? .open
    r.action = o.text("action")
    r.location = o.location
    r.origin = SourceMap(o)
    return r
  }
}
