/// A check a scheduled run asks for: the run fails when the overall result crosses it.
public enum Gate: Sendable, Equatable {
  /// Fails when the overall score is below this value.
  case failUnder(Double)
  /// Fails when the overall RAG is this one or worse (`amber` fails on amber and red).
  case failOn(RAG)

  /// Checks the gate against the overall result.
  public func check(_ overall: ScoreRAG) -> GateResult {
    switch self {
    case .failUnder(let threshold):
      let failed = overall.score < threshold
      let verb = failed ? "is under" : "is not under"
      return GateResult(
        gate: self, failed: failed,
        message: "overall score \(Self.decimal(overall.score)) \(verb) \(Self.decimal(threshold))")
    case .failOn(let rag):
      let failed = overall.rag >= rag
      let text = overall.rag.rawValue.uppercased()
      return GateResult(
        gate: self, failed: failed,
        message: failed
          ? "overall RAG is \(text) (the run fails on \(rag.rawValue.uppercased()) or worse)"
          : "overall RAG is \(text)")
    }
  }

  /// The gate's name and threshold as the command line writes them (`fail-under`, `60`).
  public var name: String {
    switch self {
    case .failUnder: "fail-under"
    case .failOn: "fail-on"
    }
  }

  public var threshold: String {
    switch self {
    case .failUnder(let value): Self.decimal(value)
    case .failOn(let rag): rag.rawValue
    }
  }

  /// Reads a gate back from its name and threshold; nil when either is unknown.
  public init?(name: String, threshold: String) {
    switch name {
    case "fail-under":
      guard let value = Double(threshold) else { return nil }
      self = .failUnder(value)
    case "fail-on":
      guard let rag = RAG(rawValue: threshold) else { return nil }
      self = .failOn(rag)
    default: return nil
    }
  }

  private static func decimal(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}

/// A gate checked at one run: whether it failed, and the overall result in words.
public struct GateResult: Sendable, Equatable {
  public var gate: Gate
  public var failed: Bool
  public var message: String
  public init(gate: Gate, failed: Bool, message: String) {
    self.gate = gate
    self.failed = failed
    self.message = message
  }
}
