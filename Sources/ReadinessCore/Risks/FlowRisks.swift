/// Risks of losing or failing to deliver messages: `operational-silence` (a flow that is not
/// outbound breaks in S-C), `send-fails` (an outbound flow breaks) and `bsuid-in-to` (a system
/// puts BSUIDs in `to`, where they are accepted and silently dropped).
enum FlowRisks {
  static func risks(_ inventory: Inventory, rows: [FlowStates]) -> [Risk] {
    let chain = FlowChain(inventory)
    let rowsByID = Dictionary(rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var risks: [Risk] = []
    for flow in inventory.flows {
      guard let row = rowsByID[flow.id] else { continue }
      if row.losesConversations {
        risks.append(silence(flow, chain: chain))
      } else if flow.kind.isOutbound && row.outcomes.values.contains(.breaks) {
        risks.append(sendFails(flow, row: row))
      }
    }
    return risks + inventory.systems.filter { $0.bsuidSendField == .to }.map(bsuidInTo)
  }

  /// Critical for a Click-to-WhatsApp flow with ad spend, else high. The action fixes every
  /// link that breaks: the flow's own key (only when the flow's own logic breaks), the systems
  /// that drop phone-less payloads, the BSP; a flow keyed right is never told to re-key.
  static func silence(_ flow: MessageFlow, chain: FlowChain) -> Risk {
    let paid = flow.kind == .clickToWhatsApp && (flow.monthlyAdSpend?.amount ?? 0) > 0
    var steps: [MessageArgument] =
      IdentityMatrix.stateC(flow).0 == .breaks ? [.word(RiskActionMessages.rekey)] : []
    steps += chain.links(of: flow).filter { $0.outcome == .breaks }.map { .message($0.fix) }
    let action = MessageArgument.capitalised(
      .list(steps + [.word(RiskActionMessages.testIt)], .semicolon))
    return RiskRegister.generated(
      .operationalSilence, flow.id, paid ? .critical : .high,
      title: Message(RiskMessages.operationalSilence, ["flow": .text(flow.name)]),
      owner: flow.owner, action: Message(RiskActionMessages.steps, ["steps": action]))
  }

  /// High: authentication templates cannot be sent to a BSUID (error 131062).
  static func sendFails(_ flow: MessageFlow, row: FlowStates) -> Risk {
    let states = UserState.allCases.filter { row.outcomes[$0] == .breaks }.map {
      MessageArgument.text($0.rawValue)
    }
    return RiskRegister.generated(
      .sendFails, flow.id, .high,
      title: Message(
        RiskMessages.sendFails,
        [
          "flow": .text(flow.name), "states": .list(states, .comma),
          "reason": .message(row.reasonMessage),
        ]),
      owner: flow.owner,
      action: Message(RiskActionMessages.sendFails))
  }

  /// High: a BSUID in `to` is accepted with HTTP 200 and never delivered.
  static func bsuidInTo(_ system: BusinessSystem) -> Risk {
    RiskRegister.generated(
      .bsuidInTo, system.id, .high,
      title: Message(RiskMessages.bsuidInTo, ["system": .text(system.name)]),
      owner: system.owner,
      action: Message(RiskActionMessages.bsuidInTo))
  }
}
