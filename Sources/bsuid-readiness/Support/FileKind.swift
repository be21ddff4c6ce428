import Foundation
import ReadinessCore
import ReadinessInput

/// What a file that is not a regular one is, in words, for refusals: `measure`'s logs, the CSV
/// files, the observed file and the portfolio's inventories all read regular files only.
enum FileKind {
  /// "a folder", "a named pipe (FIFO)", …; nil for a regular file.
  static func irregular(_ status: stat) -> MessageKey? {
    switch status.st_mode & S_IFMT {
    case S_IFREG: nil
    case S_IFDIR: FileMessages.folder
    case S_IFIFO: FileMessages.pipe
    case S_IFCHR, S_IFBLK: FileMessages.device
    case S_IFSOCK: FileMessages.socket
    default: FileMessages.special
    }
  }
}
