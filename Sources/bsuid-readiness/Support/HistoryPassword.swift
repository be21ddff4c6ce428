import Foundation
import ReadinessHistory

/// A PostgreSQL history's password when its URL holds none, found as libpq finds it:
/// `PGPASSWORD`, else the password file (`PGPASSFILE`, else `~/.pgpass`), read only when it is
/// a regular file that neither group nor others may access (mode 0600), as libpq insists.
enum HistoryPassword {
  static func find(for location: PostgresLocation) throws(CLIError) -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let password = environment["PGPASSWORD"], !password.isEmpty { return password }
    let path =
      environment["PGPASSFILE"].flatMap { $0.isEmpty ? nil : $0 }
      ?? (NSHomeDirectory() as NSString).appendingPathComponent(".pgpass")
    var status = stat()
    guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    guard status.st_mode & (S_IRWXG | S_IRWXO) == 0 else {
      var message = ConsoleMessage(
        "the password file has group or world access; it was not read", at: path,
        hint: "chmod 0600 it, as libpq asks")
      message.severity = .warning
      Console.report([message])
      return nil
    }
    guard let data = FileManager.default.contents(atPath: path), data.count <= 1 << 20,
      let text = String(data: data, encoding: .utf8)
    else {
      throw CLIError(.ioError, "cannot read the password file", at: path)
    }
    return PasswordFile.password(for: location, in: text)
  }
}
