import ReadinessCore
import Testing

@Suite("Username diagnostics: handles ignoring case")
struct UsernameDiagnosticTests {
  @Test("handles that differ only in case are duplicates, named in the hint; upper case is no warning")
  func caseDuplicates() {
    let result = load(inventory("usernames: [{ handle: acme }, { handle: ACME, alternates: [Acme_NL] }]"))
    #expect(rendered(result) == ["inv.yaml:4:41: error: duplicate username handle 'ACME' [inventory.duplicate-id]"])
    #expect(
      result.diagnostics.first?.hint
        == "'acme' is already used at line 4, column 23; Meta compares handles ignoring case")
  }
}
