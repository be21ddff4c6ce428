extension UsernameClaim: KeyedEntry {
  /// The keys of an entry of `usernames`.
  public static let keys = Keys<UsernameClaim>(
    "username", seed: { UsernameClaim(handle: "") },
    [
      Field(
        \.handle, "handle", .string, required: true, doc: "The handle, without @.",
        starter: "3-35 of a-z 0-9 . _ (any case); not ending in a domain"),
      Field(
        \.sources, "sources", .list(.cases(of: UsernameSource.self)),
        doc: "Where the claim comes from.", starter: SchemaType.words(UsernameSource.self)),
      Field(\.verifiedBadge, "verified_badge", .boolean, doc: "The business has a verified badge."),
      Field(
        \.status, "status", .cases(of: UsernameStatus.self),
        doc: "Claim status; default not_started.",
        starter: SchemaType.words(UsernameStatus.self)),
      Field(\.claimedOn, "claimed_on", .date, doc: "The day it was claimed (with status claimed)."),
      Field(\.owner, "owner", .string, doc: "Person claiming it."),
      Field(
        \.target, "target", .date, doc: "Target claim date.",
        starter: "when you mean to have it claimed"),
      Field(\.alternates, "alternates", .list(.string), doc: "Fallback handles."),
      Field(
        \.phoneNumber, "phone_number", .string,
        doc:
          "The business phone number the username is for (Meta allows one username per number).",
        starter: "the business number it is for; one username per number"),
    ], location: \.location, origin: \.origin)
}
