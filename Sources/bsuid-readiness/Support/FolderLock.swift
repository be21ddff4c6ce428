import Foundation

/// An advisory lock (`flock`) on an output folder, held while a run replaces the files in it,
/// so that the files in a folder always come from one run. The lock file, `.bsuid-readiness.lock`,
/// is removed by the holder before it lets go; a run that locked a file already removed (it
/// waited while the holder finished) locks the new one instead.
final class FolderLock {
  static let fileName = ".bsuid-readiness.lock"

  private var descriptor: Int32 = -1
  private let path: String

  /// Waits until this run holds the lock of `folder`; throws the `errno` message when the lock
  /// file cannot be opened (a symbolic link planted at its name is refused). It is opened
  /// read-only, which `flock` needs, so a file another user's killed run left still opens.
  init(_ folder: URL) throws(AtomicWriter.Failure) {
    path = folder.appendingPathComponent(Self.fileName).path
    while true {
      let fd = open(path, O_RDONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
      guard fd >= 0 else { throw .cannotWrite(path, AtomicWriter.systemError()) }
      var result: Int32
      repeat { result = flock(fd, LOCK_EX) } while result != 0 && errno == EINTR
      var held = stat()
      var named = stat()
      if result == 0, fstat(fd, &held) == 0, lstat(path, &named) == 0,
        held.st_dev == named.st_dev, held.st_ino == named.st_ino
      {
        descriptor = fd
        return
      }
      let failure = result != 0 ? AtomicWriter.systemError() : nil
      close(fd)
      if let failure { throw .cannotWrite(path, failure) }
    }
  }

  /// Removes the lock file, then lets go of the lock (also when the lock is dropped unreleased).
  func release() {
    guard descriptor >= 0 else { return }
    unlink(path)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}
