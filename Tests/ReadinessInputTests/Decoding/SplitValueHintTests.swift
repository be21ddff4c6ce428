import ReadinessCore
import ReadinessInput
import Testing

@Suite("An unquoted comma that splits a value into a bogus key gets a hint to quote it")
struct SplitValueHintTests {
  /// The first unknown-key diagnostic, rendered, and its hint.
  func first(_ body: String) -> (String, String?) {
    let result = load(inventory(body))
    let index = result.diagnostics.firstIndex { $0.code == .unknownKey } ?? 0
    return (rendered(result)[index], result.diagnostics[index].hint)
  }

  @Test("a key written without a colon after a value on its line is the value's tail")
  func keyWithoutValue() {
    let (line, hint) = first("systems:\n  - { id: crm, name: Acme, Inc, kind: crm }")
    #expect(line == "inv.yaml:5:28: error: unknown key 'Inc' in a system [inventory.unknown-key]")
    #expect(
      hint
        == "a comma ends a value inside { }: if 'Inc' belongs to 'name', quote the value: name: \"Acme, Inc\""
    )
  }

  @Test("a tail with a colon of its own is one when it reads as words, not a key")
  func tailWithColon() {
    let (line, hint) = first("systems:\n  - { id: crm, name: Smith, Jones: sales, kind: crm }")
    #expect(line == "inv.yaml:5:29: error: unknown key 'Jones' in a system [inventory.unknown-key]")
    #expect(
      hint
        == "a comma ends a value inside { }: if 'Jones' belongs to 'name', quote the value: name: \"Smith, Jones: sales\""
    )
  }

  @Test("a typo of a known key keeps its did-you-mean, on one line or on its own")
  func typoStaysTypo() {
    #expect(first("systems:\n  - { id: crm, nme: CRM, kind: crm }").1 == "did you mean 'name'?")
    #expect(
      first("systems:\n  - id: crm\n    name: CRM\n    kind: crm\n    ownr:").1
        == "did you mean 'owner'?")
  }

  @Test("a quoted value before the key is no split value")
  func quotedBefore() {
    #expect(first("systems:\n  - { id: crm, name: \"Acme\", Inc, kind: crm }").1 != nil)
    #expect(
      first("systems:\n  - { id: crm, name: \"Acme\", Inc, kind: crm }").1?.hasPrefix("a comma")
        == false)
  }

  @Test("a second ': ' in a block value is a syntax error with the quoting hint")
  func blockSyntax() {
    let result = load(
      inventory("systems:\n  - id: crm\n    name: Smith, Jones: sales\n    kind: crm"))
    #expect(
      rendered(result) == [
        "inv.yaml:6:23: error: YAML syntax: mapping values are not allowed in this context [inventory.syntax]"
      ])
    #expect(
      result.diagnostics.first?.hint
        == "a second ': ' on one line: quote a value that contains ': ' or ', ' (name: \"Smith, Jones: sales\")"
    )
  }
}
