import ReadinessCore
import ReadinessRender
import Testing

@testable import ReadinessXLSX

/// Sheet names as Excel allows them, whatever a translation makes of them, and the date
/// formats each language's cells take.
@Suite struct SheetNamesTests {
  @Test func englishNamesStayAsTheyAre() {
    var names = SheetNames()
    for name in ["Summary", "Owner load", "Not evaluated"] {
      #expect(names.valid(name, fallback: name) == name)
    }
  }

  @Test func forbiddenCharactersLengthAndApostrophesAreMadeValid() {
    var names = SheetNames()
    let made = [
      names.valid("Riscos [abertos]: *a/b\\c?", fallback: "Risks"),
      names.valid(String(repeating: "é", count: 40), fallback: "Flows"),
      names.valid("'Resumo'", fallback: "Summary"),
      names.valid("[]:*?/\\", fallback: "Gantt"),
      names.valid(String(repeating: "😀", count: 20), fallback: "Trend"),
    ]
    #expect(made[0] == "Riscos  abertos    a b c")
    #expect(made[1] == String(repeating: "é", count: 31))
    #expect(made[2] == "Resumo")
    #expect(made[3] == "Gantt")
    #expect(made[4] == String(repeating: "😀", count: 15))
    for name in made {
      #expect(name.utf16.count <= 31 && !name.isEmpty)
      #expect(!name.contains { "[]:*?/\\".contains($0) })
      #expect(!name.hasPrefix("'") && !name.hasSuffix("'"))
    }
  }

  @Test func namesAreUniqueWhateverTheCase() {
    var names = SheetNames()
    #expect(names.valid("Prazos", fallback: "Actions") == "Prazos")
    #expect(names.valid("PRAZOS", fallback: "Timeline") == "PRAZOS 2")
    let long = String(repeating: "x", count: 31)
    #expect(names.valid(long, fallback: "A") == long)
    #expect(names.valid(long, fallback: "B") == String(repeating: "x", count: 29) + " 2")
  }

  @Test func formulasQuoteEveryNameButLetters() {
    #expect(SheetNames.reference("Summary") == "Summary")
    #expect(SheetNames.reference("Visão geral") == "'Visão geral'")
    #expect(SheetNames.reference("D'Ávila") == "'D''Ávila'")
  }

  @Test func dateFormatsFollowTheLanguagesShortDate() {
    #expect(DateFormatCode.day(EnglishLanguage()) == "yyyy-mm-dd")
    #expect(Wording.english.weekFormat == "dd mmm")
    #expect(Wording.english.flagFormat == "\"yes\";\"yes\";\"no\"")
    #expect(
      DateFormatCode.day(ShortDays(iso: false, text: "22/11/2033", padded: "04/03/2033"))
        == "dd/mm/yyyy")
    #expect(
      DateFormatCode.dayAndMonth(ShortDays(iso: false, text: "22/11/2033", padded: "04/03/2033"))
        == "dd/mm")
    #expect(
      DateFormatCode.day(ShortDays(iso: false, text: "11/22/33", padded: "3/4/33")) == "m/d/yy")
    #expect(
      DateFormatCode.dayAndMonth(
        ShortDays(iso: false, text: "2033. 11. 22.", padded: "2033. 3. 4.")) == "m. d.")
    #expect(
      DateFormatCode.day(ShortDays(iso: false, text: "२२/११/२०३३", padded: "०४/०३/२०३३"))
        == "yyyy-mm-dd")
  }
}

/// A language whose short days are given, and nothing else.
private struct ShortDays: MessageLanguage {
  let iso: Bool
  let text: String
  let padded: String
  var tag: String { "xx" }
  var rightToLeft: Bool { false }
  var reviewed: Bool { false }
  func fixedText(_ english: String) -> String { english }
  func pattern(_ key: MessageKey, count: Int?) -> String { key.english }
  func figure(_ figure: Figure) -> String {
    guard case .shortDay(let day) = figure else { return "" }
    return day.components.month == 11 ? text : padded
  }
  func list(_ items: [String], _ style: ListStyle) -> String { items.joined(separator: ", ") }
  func quote(_ text: String, limit: Int) -> String { text }
}
