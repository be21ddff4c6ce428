/// Likely gaps that do not make an inventory invalid: a click-to-WhatsApp flow without volumes,
/// a flow whose WABA cannot be told, a handle (or alternate) that breaks Meta's format rules.
enum InventoryWarnings {
  private typealias M = WarningMessages

  static func check(_ inventory: Inventory) -> [Diagnostic] {
    var found = flowsWithoutWABA(inventory)
    for flow in inventory.flows
    where flow.kind == .clickToWhatsApp && flow.monthlyConversations == nil
      && !flow.isRejected(\.monthlyConversations)
    {
      found.append(
        Diagnostic(
          .warning, code: .ctwaWithoutConversations,
          Message(M.ctwaWithoutConversations, ["flow": .text(flow.id.clipped)]),
          at: flow.location(of: \.kind) ?? flow.location,
          hint: Message(M.ctwaWithoutConversationsHint)))
    }
    for username in inventory.usernames {
      var handles: [(String, SourceLocation?)] = []
      if let at = username.location(of: \.handle) { handles.append((username.handle, at)) }
      for (i, alternate) in username.alternates.enumerated() {
        handles.append((alternate, username.location(of: \.alternates, item: i)))
      }
      for (handle, at) in handles {
        let problems = UsernameFormat.problemMessages(handle).map {
          MessageArgument.message(Message(M.usernameFormatProblem, ["problem": .message($0)]))
        }
        guard !problems.isEmpty else { continue }
        found.append(
          Diagnostic(
            .warning, code: .usernameFormat,
            Message(
              M.usernameFormat,
              ["handle": .text(handle.clipped), "problems": .list(problems, .semicolon)]),
            at: at ?? username.location, hint: Message(M.usernameFormatHint)))
      }
    }
    return found
  }

  /// With several WABAs, each flow that is not outbound and names no `waba`: its BSP link
  /// cannot be assessed.
  static func flowsWithoutWABA(_ inventory: Inventory) -> [Diagnostic] {
    let wabas = inventory.programme.wabas.map(\.id)
    guard wabas.count > 1 else { return [] }
    let shown = wabas.prefix(5).map(\.clipped).joined(separator: ", ")
    let hint = Message(
      M.flowWithoutWABAHint, ["wabas": .text(shown + (wabas.count > 5 ? ", …" : ""))])
    return inventory.flows.indices.compactMap { index in
      let flow = inventory.flows[index]
      guard !flow.kind.isOutbound, flow.waba == nil else { return nil }
      return Diagnostic(
        .warning, code: .flowWithoutWABA,
        Message(M.flowWithoutWABA, ["flow": .text(flow.id.clipped), "count": .count(wabas.count)]),
        at: flow.location, hint: hint)
    }
  }
}
