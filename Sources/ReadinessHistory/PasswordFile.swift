/// A libpq password file (`~/.pgpass`, or the file `PGPASSFILE` names): one
/// `host:port:database:user:password` a line, `*` matching anything in the first four fields,
/// `\:` and `\\` escaping, `#` starting a comment; the first matching line wins. A socket's
/// connection matches the host `localhost` as well as its folder, as libpq does. Reading the
/// file, and checking that only its owner may read it, is the CLI's.
public enum PasswordFile {
  /// The password for `location` in the file's `text`, nil when no line matches.
  public static func password(for location: PostgresLocation, in text: String) -> String? {
    let hosts = location.isSocket ? [location.host, "localhost"] : [location.host]
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let fields = Self.fields(of: Substring(line))
      guard fields.count == 5 else { continue }
      let wanted = [String(location.port), location.database, location.user]
      guard fields[0] == "*" || hosts.contains(fields[0]),
        zip(fields[1...3], wanted).allSatisfy({ $0 == "*" || $0 == $1 })
      else { continue }
      return fields[4]
    }
    return nil
  }

  /// The line's fields, split at unescaped colons, escapes removed.
  private static func fields(of line: Substring) -> [String] {
    var fields = [""]
    var escaped = false
    for character in line {
      if escaped {
        fields[fields.count - 1].append(character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == ":" {
        fields.append("")
      } else {
        fields[fields.count - 1].append(character)
      }
    }
    return fields
  }
}
