/// The RAG the programme manager set, as the assessment carries it beside the computed RAG.
public struct SetRAG: Sendable, Equatable {
  public var rag: RAG
  public var reason: String
  public var by: String
  public var until: Day

  public init(rag: RAG, reason: String, by: String, until: Day) {
    self.rag = rag
    self.reason = reason
    self.by = by
    self.until = until
  }

  /// "AMBER, set by Dana Ruiz until 2026-12-09: reason", without the computed RAG.
  public var label: String { labelMessage.english }

  public var labelMessage: Message {
    Message(
      RAGMessages.setUntil,
      [
        "RAG": .word(WordMessages.ragLabel(rag)), "by": .text(by), "until": .day(until),
        "reason": .text(reason),
      ])
  }

  /// "AMBER, set by Dana Ruiz: reason (computed RED: the critical risk … is open)": the PM's
  /// RAG first, the computed one with its reason after, without the reason's own lead ("red: ",
  /// "Red because ") and final stop.
  public func sentence(computed: RAG, reason computedReason: Message) -> Message {
    Message(
      RAGMessages.setSentence,
      [
        "RAG": .word(WordMessages.ragLabel(rag)), "by": .text(by), "reason": .text(reason),
        "COMPUTED": .word(WordMessages.ragLabel(computed)),
        "why": Self.why(computedReason, computed: computed),
      ])
  }

  /// The computed reason without its lead: the `why` of a reason the rules wrote, or the
  /// English text read back from the history with its lead and final stop cut.
  private static func why(_ reason: Message, computed: RAG) -> MessageArgument {
    if reason.key != .verbatim, let why = reason.arguments["why"] { return why }
    let text = reason.english
    let sentenceLead = String(RAGRules.because(computed, .text("")).english.dropLast())
    let phaseLead = "\(computed.rawValue): "
    var why = Substring(text)
    if why.hasPrefix(sentenceLead) && why.hasSuffix(".") {
      why = why.dropFirst(sentenceLead.count).dropLast()
    } else if why.hasPrefix(phaseLead) {
      why = why.dropFirst(phaseLead.count)
    }
    return .text(String(why))
  }
}

/// Puts the inventory's RAG overrides beside the computed RAGs: one whose `until` is before
/// `as_of` has lapsed and is left out (validation warned). The computed RAG stays in `rag`, so
/// gates never see an override.
enum RAGOverrides {
  static func apply(
    _ overrides: [RAGOverride], asOf: Day, overall: inout ScoreRAG, phases: inout [PhaseResult]
  ) {
    for override in overrides where override.until >= asOf {
      let set = SetRAG(
        rag: override.rag, reason: override.reason, by: override.by, until: override.until)
      if let phase = override.scope.phase {
        for i in phases.indices where phases[i].id == phase { phases[i].override = set }
      } else {
        overall.override = set
      }
    }
  }
}

extension ScoreRAG {
  /// The RAG to show: the PM's while an override holds, else the computed one.
  public var shownRAG: RAG { override?.rag ?? rag }
  /// The reason to show: the override's sentence, or the computed reason.
  public var shownReason: String { override == nil ? reason : shownReasonMessage.english }
  public var shownReasonMessage: Message {
    override?.sentence(computed: rag, reason: reasonMessage) ?? reasonMessage
  }
}

extension PhaseResult {
  /// The RAG to show: the PM's while an override holds, else the computed one.
  public var shownRAG: RAG { override?.rag ?? rag }
  /// The reason to show: the override's sentence, or the computed reason.
  public var shownReason: String { override == nil ? ragReason : shownReasonMessage.english }
  public var shownReasonMessage: Message {
    override?.sentence(computed: rag, reason: reasonMessage) ?? reasonMessage
  }
}
