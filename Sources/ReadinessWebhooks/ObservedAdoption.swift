import ReadinessCore

/// The `measure --out` YAML: what the logs show, per number and week, with the totals.
public enum ObservedAdoption {
  public static func yaml(_ tally: AdoptionTally) -> String {
    let rows = tally.counts.sorted { $0.key < $1.key }
    let inbound = rows.map(\.value.inbound).reduce(0, +)
    let withoutPhone = rows.map(\.value.withoutPhone).reduce(0, +)
    let usernames = rows.map(\.value.withUsername).reduce(0, +)
    var lines = [
      "# Adoption observed in stored webhook bodies by `bsuid-readiness measure`.",
      "# username_share: incoming messages from users with a username; without_phone_share: those",
      "# that came without a phone number. Weeks start on Monday (UTC).",
      "observed:",
      "  measured_to: \(rows.map(\.key.week).max().map { Day(ordinal: $0.ordinal + 6).iso } ?? "null")",
      "  sample_size: \(inbound)",
      "  username_share: \(share(usernames, of: inbound))",
      "  without_phone_share: \(share(withoutPhone, of: inbound))",
      "  bsuid_changes: \(rows.map(\.value.bsuidChanges).reduce(0, +))",
      "  bodies_read: \(tally.bodies)",
      "  malformed_skipped: \(tally.malformed)",
      rows.isEmpty ? "  weeks: []" : "  weeks:",
    ]
    for (key, count) in rows {
      lines.append(
        "    - { phone: \(quoted(key.phone)), week: \(key.week.iso), inbound: \(count.inbound),"
          + " without_phone: \(count.withoutPhone), usernames: \(count.withUsername),"
          + " bsuid_changes: \(count.bsuidChanges) }")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A share to 4 decimals; 0 when nothing was counted.
  static func share(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "0" }
    let tenThousandths = (Double(part) * 10_000 / Double(whole)).rounded()
    return String(tenThousandths / 10_000)
  }

  /// A YAML double-quoted scalar: any text from a log stays one string.
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _
      where scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
        || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF:
        out +=
          "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
          + String(scalar.value, radix: 16)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
