/// Likely gaps that do not make an inventory invalid: a click-to-WhatsApp flow without volumes,
/// a flow whose WABA cannot be told, a handle (or alternate) that breaks Meta's format rules.
enum InventoryWarnings {
  static func check(_ inventory: Inventory) -> [Diagnostic] {
    var found = flowsWithoutWABA(inventory)
    for flow in inventory.flows
    where flow.kind == .clickToWhatsApp && flow.monthlyConversations == nil
      && !flow.isRejected(\.monthlyConversations)
    {
      found.append(
        Diagnostic(
          .warning, code: .ctwaWithoutConversations,
          "click-to-WhatsApp flow '\(flow.id.clipped)' has no monthly_conversations",
          at: flow.location(of: \.kind) ?? flow.location,
          hint: "add monthly_conversations so the report can size the Operational Silence exposure")
      )
    }
    for username in inventory.usernames {
      var handles: [(String, SourceLocation?)] = []
      if let at = username.location(of: \.handle) { handles.append((username.handle, at)) }
      for (i, alternate) in username.alternates.enumerated() {
        handles.append((alternate, username.location(of: \.alternates, item: i)))
      }
      for (handle, at) in handles {
        let problems = UsernameFormat.problems(handle)
        guard !problems.isEmpty else { continue }
        found.append(
          Diagnostic(
            .warning, code: .usernameFormat,
            "username '\(handle.clipped)' breaks Meta's handle rules: it \(problems.joined(separator: "; it "))",
            at: at ?? username.location,
            hint:
              "a handle is 3–35 characters of letters a–z (any case), 0–9, '.' and '_', with at least one letter"
          ))
      }
    }
    return found
  }

  /// With several WABAs, each flow that is not outbound and names no `waba`: its BSP link
  /// cannot be assessed.
  static func flowsWithoutWABA(_ inventory: Inventory) -> [Diagnostic] {
    let wabas = inventory.programme.wabas.map(\.id)
    guard wabas.count > 1 else { return [] }
    let hint =
      "add 'waba:' with the id of the WABA that receives it ("
      + wabas.prefix(5).map(\.clipped).joined(separator: ", ") + (wabas.count > 5 ? ", …)" : ")")
    return inventory.flows.indices.compactMap { index in
      let flow = inventory.flows[index]
      guard !flow.kind.isOutbound, flow.waba == nil else { return nil }
      return Diagnostic(
        .warning, code: .flowWithoutWABA,
        "flow '\(flow.id.clipped)' names no waba, and the programme has \(wabas.count) WABAs: "
          + "its BSP is not assessed",
        at: flow.location, hint: hint)
    }
  }
}
