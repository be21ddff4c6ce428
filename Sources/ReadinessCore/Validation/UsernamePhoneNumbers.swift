/// Meta allows one username per business phone number: a second handle on a number is an error.
enum UsernamePhoneNumbers {
  /// One error per username whose `phone_number` an earlier username already has, at the repeat.
  static func check(_ usernames: [UsernameClaim]) -> [Diagnostic] {
    var first: [String: UsernameClaim] = [:]
    var found: [Diagnostic] = []
    for claim in usernames {
      guard let number = claim.phoneNumber, !key(number).isEmpty else { continue }
      guard let earlier = first[key(number)] else {
        first[key(number)] = claim
        continue
      }
      let at = earlier.location(of: \.phoneNumber)
      found.append(
        Diagnostic(
          .error, code: .usernamePhoneShared,
          Message(
            CheckMessages.phoneShared,
            ["number": .text(number.clipped), "handle": .text(earlier.handle.clipped)]),
          at: claim.location(of: \.phoneNumber) ?? claim.location,
          hint: Message(
            at == nil ? CheckMessages.phoneSharedHint : CheckMessages.phoneSharedAt,
            [
              "handle": .text(earlier.handle.clipped),
              "line": .text(at.map { String($0.line) } ?? ""),
              "column": .text(at.map { String($0.column) } ?? ""),
            ])))
    }
    return found
  }

  /// The number as compared: its digits, so `+31 20 555 0100` and `+31205550100` are one number.
  static func key(_ number: String) -> String {
    String(number.unicodeScalars.filter { ("0"..."9").contains($0) }.map(Character.init))
  }
}
