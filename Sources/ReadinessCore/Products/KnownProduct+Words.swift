extension KnownProduct {
  /// The versions covered, as a message (`4.5.0`, `0.1.0 to 0.1.2`, `every version`); versions
  /// are shown as the catalogue writes them.
  var coverageMessage: Message {
    typealias M = ProductMessages
    if !versions.isEmpty { return .joined(versions.map(Message.verbatim), .comma) }
    switch (from, through) {
    case (let low?, let high?):
      return Message(M.range, ["from": .text(low), "through": .text(high)])
    case (let low?, nil): return Message(M.from, ["from": .text(low)])
    case (nil, let high?): return Message(M.through, ["through": .text(high)])
    case (nil, nil): return Message(M.everyVersion)
    }
  }

  /// Where the finding comes from, as a message: "verified by the test suite against pywa
  /// 4.5.0, 2026-12-06" or its source and date.
  var attributionMessage: Message {
    typealias M = ProductMessages
    var arguments: MessageArguments =
      verifiedByTests
      ? ["product": .text(product), "coverage": .message(coverageMessage)]
      : ["source": .text(source)]
    arguments["date"] = verified.map { .day($0) }
    let key =
      switch (verifiedByTests, verified != nil) {
      case (true, true): M.verifiedOn
      case (true, false): M.verified
      case (false, true): M.sourceOn
      case (false, false): M.source
      }
    return Message(key, arguments)
  }
}
