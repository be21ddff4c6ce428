import ReadinessCore

extension XMLRenderer {
  /// `<checklist>`: one `<item>` per checklist item with what is still open, the tasks that
  /// cover it and the attestation that overrode it. `completion` is absent when not applicable.
  static func writeChecklist(
    _ items: [ItemResult], _ wording: Wording, to writer: LibXMLWriter
  ) {
    writer.element("checklist", [:]) {
      for item in items {
        writer.element(
          "item",
          [
            "id": item.id.rawValue, "phase": item.phase.rawValue,
            "completion": item.completion.map(XMLNumber.fraction), "status": item.status.rawValue,
            "attested": XMLNumber.boolean(item.attested), "title": wording(item.id.titleKey),
            "weight": XMLNumber.fraction(item.weight), "basis": item.basis.rawValue,
            "done": String(item.done), "counted": String(item.counted),
          ]
        ) {
          for pending in item.pending {
            writer.element(
              "pending",
              [
                "ref": pending.ref, "owner": pending.owner, "name": pending.name,
                "kind": pending.kind.rawValue,
                "reason": wording(pending.reasonMessage, english: pending.reason),
              ])
          }
          for task in item.coveringTasks {
            writer.element("covered-by", ["task": task])
          }
          if let attestation = item.attestation {
            writer.element(
              "attestation",
              [
                "status": attestation.status.rawValue, "by": attestation.by,
                "on": attestation.on?.iso, "evidence": attestation.evidence,
              ])
          }
          for mismatch in item.mismatches {
            writer.element(
              "mismatch",
              [
                "task": mismatch.task, "message": wording(mismatch.messageMessage),
                "hint": wording(mismatch.hintMessage),
              ])
          }
        }
      }
    }
  }
}
