import ReadinessCore
import ReadinessInput
import Testing

@Suite("Username diagnostics: handles ignoring case, one username per phone number")
struct UsernameDiagnosticTests {
  @Test(
    "handles that differ only in case are duplicates, named in the hint; upper case is no warning")
  func caseDuplicates() {
    let result = load(
      inventory("usernames: [{ handle: acme }, { handle: ACME, alternates: [Acme_NL] }]"))
    #expect(
      rendered(result) == [
        "inv.yaml:4:41: error: duplicate username handle 'ACME' [inventory.duplicate-id]"
      ])
    #expect(
      result.diagnostics.first?.hint
        == "'acme' is already used at line 4, column 23; Meta compares handles ignoring case")
  }

  @Test("phone_number is read; a second username on the same number is an error naming the first")
  func sharedPhoneNumber() {
    let result = load(
      inventory(
        """
        usernames:
          - { handle: acme, phone_number: "+31 20 555 0100" }
          - { handle: acme_help, phone_number: "+31 20 555 0199" }
          - { handle: acme_nl, phone_number: "+31205550100" }
        """))
    #expect(
      rendered(result) == [
        "inv.yaml:7:38: error: phone number '+31205550100' already has the username 'acme' [inventory.username-phone-shared]"
      ])
    #expect(
      result.diagnostics.first?.hint
        == "'acme' is given this number at line 5, column 35; Meta allows one username per business phone number"
    )
    let valid = load(inventory("usernames: [{ handle: acme, phone_number: \"+31 20 555 0100\" }]"))
    #expect(valid.evaluated?.inventory.usernames.first?.phoneNumber == "+31 20 555 0100")
  }
}
