import Foundation

/// Hides credentials written into URLs (`https://alice:TOKEN@host/…`) before a text is printed
/// or written: the user info of every URL in it becomes `***`.
public enum Redaction {
  /// A scheme, `://`, then the user info: everything up to the last `@` before the host.
  nonisolated(unsafe) private static let userInfo = /([A-Za-z][A-Za-z0-9+.\-]*:\/\/)[^\/?#\s]*@/

  /// `text` with the user info of every URL in it replaced by `***`.
  public static func redacted(_ text: String) -> String {
    text.replacing(userInfo) { match in "\(match.output.1)***@" }
  }
}
