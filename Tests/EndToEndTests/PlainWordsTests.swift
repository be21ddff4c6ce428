import Foundation
import ReadinessCore
import Testing

/// SPEC §9 "Words": no raw vocabulary code in the text people read. Codes stay in attributes
/// and ids (class names, `data-` values) and in machine outputs.
@Suite("the example's report.html, briefing.html and report.md write vocabulary in words")
struct PlainWordsTests {
  /// Every vocabulary code that reads as a code: those with an underscore (`not_started`,
  /// `click_to_whatsapp`, `phone_then_bsuid`, …).
  static let codes: Set<String> = {
    func codes<V: VocabularyWords & CaseIterable>(_: V.Type) -> [String] {
      V.allCases.map(\.rawValue).filter { $0.contains("_") }
    }
    return Set(
      codes(WorkStatus.self) + codes(SystemKind.self) + codes(FlowKind.self)
        + codes(PrimaryIdentifier.self) + codes(DedupeKey.self) + codes(PhoneRequest.self)
        + codes(UsernameStatus.self) + codes(UsernameSource.self) + codes(PhoneNeed.self)
        + codes(NeedsBSUID.self) + codes(StoredIdentifier.self) + codes(SendField.self))
  }()

  /// `html` without its style and script elements and its tags (attributes go with them).
  static func text(ofHTML html: String) -> String {
    html.replacing(#/<style[^>]*>[\s\S]*?</style>/#, with: " ")
      .replacing(#/<script[^>]*>[\s\S]*?</script>/#, with: " ")
      .replacing(#/<[^>]*>/#, with: " ")
  }

  /// The codes that stand as a word of their own in `text` (`not_started`, not the
  /// `st-not_started` of a class name or the `bsuid_field_done` of a longer word).
  static func found(in text: String) -> [String] {
    let words = text.split { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_")) }
    return Set(words.map(String.init)).intersection(codes).sorted()
  }

  @Test("the filter catches a raw code in text and lets one in an attribute pass")
  func filter() {
    #expect(Self.codes.isSuperset(of: ["not_started", "in_progress", "click_to_whatsapp"]))
    #expect(Self.found(in: Self.text(ofHTML: "<p>@acme is not_started</p>")) == ["not_started"])
    #expect(Self.found(in: Self.text(ofHTML: "<p class=\"st-not_started\">not started</p>")) == [])
  }

  @Test("report.html, briefing.html and report.md of the example hold no raw code")
  func example() throws {
    let out = try ReportLengthTests.example(formats: "html,briefing,md")
    for name in ["report.html", "briefing.html", "report.md"] {
      let file = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8)
      let text = name.hasSuffix(".html") ? Self.text(ofHTML: file) : file
      #expect(Self.found(in: text) == [], "raw codes in \(name)")
    }
  }
}
