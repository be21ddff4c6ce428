/// A score 0–100 rounded to one decimal, with its RAG and why.
public struct ScoreRAG: Sendable, Equatable {
  public var score: Double
  public var rag: RAG
  /// Why the RAG is what it is, in English ("Red because the critical risk 'X' is open.").
  public var reason: String
  /// The same reason as a message, for other languages; the English text as given when the
  /// reason was read back from the history.
  public var reasonMessage: Message
  /// The PM's RAG shown beside `rag` (`programme.rag_override.overall`); gates use `rag`.
  public var override: SetRAG? = nil
  public init(score: Double, rag: RAG, reason: String) {
    self.init(score: score, rag: rag, reason: .verbatim(reason))
  }

  public init(score: Double, rag: RAG, reason: Message) {
    self.score = score
    self.rag = rag
    self.reason = reason.english
    reasonMessage = reason
  }

  /// Equal when the figures and the English reasons are: a reason read back from the history
  /// equals the one it was written from.
  public static func == (a: ScoreRAG, b: ScoreRAG) -> Bool {
    (a.score, a.rag, a.reason) == (b.score, b.rag, b.reason) && a.override == b.override
  }
}
