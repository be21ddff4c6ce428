/// "Did you mean …?" hints from edit distance.
package enum Suggestion {
  /// The candidate closest to `word`, when it is close enough to be a likely typo (and keeps
  /// at least one of the word's characters: `<<` is no typo of `id`).
  package static func closest(to word: String, in candidates: [String]) -> String? {
    let lowered = word.lowercased()
    let scored = candidates.map { ($0, distance(lowered, $0.lowercased())) }
    guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
    let allowed = max(2, min(word.count, best.0.count) / 3)
    return best.1 <= allowed && best.1 < word.count ? best.0 : nil
  }

  /// A hint naming the closest candidate, or listing them all after `noun` ("known keys")
  /// when none is close.
  package static func hint(for word: String, in candidates: [String], listing noun: Message)
    -> Message
  {
    if let match = closest(to: word, in: candidates) {
      return Message(ReferenceMessages.didYouMean, ["match": .text(match.clipped)])
    }
    let shown = candidates.prefix(20).map(\.clipped).joined(separator: ", ")
    return Message(
      ReferenceMessages.listing,
      ["noun": .message(noun), "candidates": .text(shown + (candidates.count > 20 ? ", …" : ""))])
  }

  /// Levenshtein distance over characters.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
