extension ObservedMeasurement {
  /// A count of messages or bodies.
  static let count = NumberRange(minimum: 0, maximum: 1e15)

  /// The shape of the file `bsuid-readiness measure --out` writes, which
  /// `programme.scenarios.observed` names: one key, `observed`, holding `keys`.
  package static let file = ObjectSchema(
    "observed adoption file",
    [SchemaField("observed", .object(keys.schema), required: true, "What the logs show.")])

  /// The keys of the measurement; there is none without a sample size and a share.
  package static let keys = Keys<ObservedMeasurement>(
    "observed measurement",
    seed: { ObservedMeasurement(file: "", measuredTo: nil, sampleSize: 0, withoutPhoneShare: 0) },
    [
      Field(\.measuredTo, "measured_to", .date, doc: "The last day the logs cover."),
      Field(
        \.sampleSize, "sample_size", .integer(count), required: true,
        doc: "Incoming messages counted."),
      Field(
        \.usernameShare, "username_share", .number(.share),
        doc: "Share from users with a username."),
      Field(
        \.withoutPhoneShare, "without_phone_share", .number(.share), required: true,
        doc: "Share that came without a phone number."),
      Field(\.bsuidChanges, "bsuid_changes", .integer(count), doc: "BSUID changes seen."),
      Field("bodies_read", .integer(count), doc: "Webhook bodies read."),
      Field("malformed_skipped", .integer(count), doc: "Lines that were not a webhook body."),
      Field("weeks", .list(.object(week)), doc: "Counts per business phone number and week."),
    ], requires: [\.sampleSize, \.withoutPhoneShare])

  /// A week's counts, which the report does not use: accepted and documented only.
  static let week = ObjectSchema(
    "week",
    [
      SchemaField("phone", .string, "The business phone number."),
      SchemaField("week", .date, "The Monday the week starts on."),
      SchemaField("inbound", .integer(count), "Incoming messages."),
      SchemaField("without_phone", .integer(count), "Those without a phone number."),
      SchemaField("usernames", .integer(count), "Those from users with a username."),
      SchemaField("bsuid_changes", .integer(count), "BSUID changes."),
    ])
}
