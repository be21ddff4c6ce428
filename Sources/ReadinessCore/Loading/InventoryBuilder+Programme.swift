extension InventoryBuilder {
  static func programme(_ o: DecodedObject?) -> Programme {
    guard let o else { return Programme(name: "") }
    var p = Programme(name: o.text("name") ?? "")
    p.organisation = o.text("organisation")
    p.start = o.day("start")
    p.asOf = o.day("as_of")
    if let phases = o.object("phases") {
      for phase in PhaseID.allCases {
        guard let window = phases.object(phase.rawValue) else { continue }
        p.phases[phase] = PhaseWindowOverride(
          start: window.day("start"), end: window.day("end"), location: window.location)
      }
    }
    p.milestones = o.objects("milestones").compactMap { m in
      guard let date = m.day("date") else { return nil }
      var milestone = Milestone(
        id: m.text("id") ?? "", title: m.text("title"), date: date, location: m.location)
      milestone.origin = SourceMap(m)
      return milestone
    }
    p.stakeholders = o.objects("stakeholders").map { s in
      Stakeholder(
        team: s.text("team") ?? "", owner: s.text("owner"), committed: s.bool("committed") ?? false,
        location: s.location)
    }
    p.wabas = o.objects("wabas").map { w in
      var waba = WABA(id: w.text("id") ?? "")
      waba.businessPortfolio = w.text("business_portfolio")
      waba.bsp = w.text("bsp")
      waba.bspBSUIDEnabled = w.bool("bsp_bsuid_enabled")
      waba.parentBSUID = w.bool("parent_bsuid")
      waba.sharesUserIdsWith = w.texts("shares_user_ids_with")
      waba.migrationDate = w.day("migration_date")
      waba.newPortfolio = w.value("new_portfolio", as: NewPortfolio.self) ?? .unknown
      waba.owner = w.text("owner")
      waba.phoneNumbers = w.objects("phone_numbers").map {
        BusinessPhoneNumber(number: $0.text("number") ?? "", displayName: $0.text("display_name"))
      }
      waba.location = w.location
      waba.origin = SourceMap(w)
      return waba
    }
    if let adoption = o.object("scenarios")?["username_adoption"]?.list {
      p.usernameAdoption = adoption.compactMap(\.number)
    }
    p.tolerance = o.number("tolerance")
    p.redTolerance = o.number("red_tolerance")
    if let weights = o.object("weights") {
      for phase in PhaseID.allCases {
        if let weight = weights.number(phase.rawValue) { p.weights[phase] = weight }
      }
    }
    for entry in o.object("item_weights")?.entries ?? [] {
      if let weight = entry.value.number, let item = ChecklistItemID(rawValue: entry.key) {
        p.itemWeights[item] = weight
      }
    }
    p.location = o.location
    return p
  }
}
