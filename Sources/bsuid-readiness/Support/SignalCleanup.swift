import Foundation
import ReadinessXLSX

/// Removes this run's temporary files when SIGINT, SIGTERM or SIGHUP stops it, then lets the
/// signal end the process as it would have (the shell sees 130, 143 or 129). The handler only
/// calls `unlink`, `signal` and `raise`, which are safe in a signal handler, on paths kept in a
/// fixed table of C strings; the three signals are unblocked. SIGXFSZ (a file-size limit) is ignored, so the write fails with an
/// error the run reports, cleaning up, instead of killing it.
enum SignalCleanup {
  /// How many temporary files can be registered at once: a report stages a few, `portfolio`
  /// a few per client it renders at once.
  static let capacity = 256

  private static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handlers (once; later calls do nothing).
  static func install() {
    table.withLock {
      guard !installed else { return }
      installed = true
      _ = slots
      // A parent may have spawned the tool with these blocked (a thread pool's mask is
      // inherited): unblocked, an interrupt still ends the run.
      var mask = sigset_t()
      sigemptyset(&mask)
      for signal in signals {
        _ = Glibc.signal(signal, removeTemporaryFilesAndStop)
        sigaddset(&mask, signal)
      }
      sigprocmask(SIG_UNBLOCK, &mask, nil)
      _ = Glibc.signal(SIGXFSZ, SIG_IGN)
    }
  }

  /// Records `path` for removal if a signal stops the run.
  static func register(_ path: String) {
    install()
    table.withLock {
      guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return }
      slots[slot] = strdup(path)
    }
  }

  /// The temporary file each workbook passes through, registered while it exists.
  static let workbookFiles = XLSXTemporaryFiles(
    created: { register($0) }, removed: { unregister($0) })

  /// Forgets `path` (renamed into place or already removed).
  static func unregister(_ path: String) {
    table.withLock {
      for slot in 0..<capacity {
        guard let entry = slots[slot], String(cString: entry) == path else { continue }
        slots[slot] = nil
        free(entry)
      }
    }
  }

  /// Serialises the threads that install, register and unregister (files are staged
  /// concurrently); the signal handler only reads.
  private static let table = NSLock()

  nonisolated(unsafe) private static var installed = false
}

/// The registered paths, read by the signal handler; nil marks a free slot.
nonisolated(unsafe) private let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
  let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(
    capacity: SignalCleanup.capacity)
  table.initialize(repeating: nil, count: SignalCleanup.capacity)
  return table
}()

/// Unlinks every registered path, restores the default action and raises the signal again.
private func removeTemporaryFilesAndStop(_ signal: Int32) {
  for slot in 0..<SignalCleanup.capacity {
    if let path = slots[slot] { unlink(path) }
  }
  _ = Glibc.signal(signal, SIG_DFL)
  raise(signal)
}
