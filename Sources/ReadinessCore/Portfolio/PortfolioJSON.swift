/// A shard file carries entries (`PortfolioEntry`) as JSON: days as `yyyy-mm-dd` text, RAGs and
/// phases by their inventory names.
extension RAG: Codable {}
extension PhaseID: Codable {}

extension Day: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a yyyy-mm-dd date")
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
