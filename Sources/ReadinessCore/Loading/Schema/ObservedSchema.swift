/// The shape of the file `bsuid-readiness measure --out` writes, which
/// `programme.scenarios.observed` names.
enum ObservedSchema {
  /// A count of messages or bodies.
  static let count = NumberRange(minimum: 0, maximum: 1e15)

  static let file = ObjectSchema(
    "observed adoption file",
    [SchemaField("observed", .object(observed), required: true, "What the logs show.")])

  static let observed = ObjectSchema(
    "observed measurement",
    [
      SchemaField("measured_to", .date, "The last day the logs cover."),
      SchemaField("sample_size", .integer(count), required: true, "Incoming messages counted."),
      SchemaField("username_share", .number(.share), "Share from users with a username."),
      SchemaField(
        "without_phone_share", .number(.share), required: true,
        "Share that came without a phone number."),
      SchemaField("bsuid_changes", .integer(count), "BSUID changes seen."),
      SchemaField("bodies_read", .integer(count), "Webhook bodies read."),
      SchemaField("malformed_skipped", .integer(count), "Lines that were not a webhook body."),
      SchemaField("weeks", .list(.object(week)), "Counts per business phone number and week."),
    ])

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
