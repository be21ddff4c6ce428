/// The links that carry a flow's messages beyond its own logic: the systems it runs through that
/// consume webhooks, and the BSP of the WABA that receives it. A flow that is not outbound is
/// only as good as its weakest link in S-C (BSUID only).
struct FlowChain {
  /// One link's cap on the S-C outcome, why, and what would fix it.
  typealias Link = (outcome: Outcome, reason: Message, fix: Message)

  let systems: [String: BusinessSystem]
  let wabas: [String: WABA]
  /// The programme's WABA when it has exactly one: flows that name none are received there.
  let onlyWABA: WABA?

  init(_ inventory: Inventory) {
    let wabas = inventory.programme.wabas
    systems = Dictionary(
      inventory.systems.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.wabas = Dictionary(wabas.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    onlyWABA = wabas.count == 1 ? wabas[0] : nil
  }

  /// The WABA that receives `flow`: the one it names, else the only one; nil when it cannot be
  /// told.
  func waba(of flow: MessageFlow) -> WABA? {
    flow.waba.map { wabas[$0] } ?? onlyWABA
  }

  /// The links that may cap `flow` (those that are not known to work), systems in the flow's
  /// order, then the BSP.
  func links(of flow: MessageFlow) -> [Link] {
    var links: [Link] = []
    for id in flow.systems {
      guard let system = systems[id], system.consumesWebhooks == true else { continue }
      let name: MessageArguments = ["system": .text(system.name)]
      switch system.handlesMissingPhone {
      case false?:
        links.append(
          (
            .breaks, Message(IdentityMessages.systemDrops, name),
            Message(IdentityMessages.fixSystemDrops, name)
          ))
      case nil:
        links.append(
          (
            .unknown, Message(IdentityMessages.systemUnassessed, name),
            Message(IdentityMessages.fixSystemUnassessed, name)
          ))
      case true?: break
      }
    }
    if let waba = waba(of: flow), let bsp = waba.bsp {
      let names: MessageArguments = ["bsp": .text(bsp), "waba": .text(waba.id)]
      switch waba.bspBSUIDEnabled {
      case false?:
        links.append(
          (
            .breaks, Message(IdentityMessages.bspDrops, names),
            Message(IdentityMessages.fixBSPDrops, names)
          ))
      case nil:
        links.append(
          (
            .unknown, Message(IdentityMessages.bspUnassessed, names),
            Message(IdentityMessages.fixBSPUnassessed, names)
          ))
      case true?: break
      }
    }
    return links
  }

  /// Caps the flow's own S-C outcome by its links. The worst outcome wins (breaks, unknown,
  /// degraded, works); the reason names every link, the flow's own logic first, that reached it.
  func cap(_ own: (Outcome, Message), of flow: MessageFlow) -> (Outcome, Message) {
    let all = [(own.0, own.1)] + links(of: flow).map { ($0.outcome, $0.reason) }
    let worst = all.map(\.0).min { Self.rank($0) < Self.rank($1) } ?? own.0
    let reasons = all.filter { $0.0 == worst }.map(\.1)
    return (worst, .joined(reasons, .semicolon))
  }

  /// Position from the worst: breaks, unknown, degraded, works.
  static func rank(_ outcome: Outcome) -> Int {
    switch outcome {
    case .breaks: 0
    case .unknown: 1
    case .degraded: 2
    case .works, .unaffected: 3
    }
  }
}
