import Foundation
import ReadinessCore

/// Renders an assessment as `workbook.xml`, the versioned data contract, for
/// dashboards, BI and scripts. The [workbook.xml contract] core keeps its names; everything else is added beside it.
public enum XMLRenderer {
  /// The workbook namespace; a new major version gets a new namespace.
  public static let namespace = "urn:bsuid-readiness:workbook:1"
  /// The output file's name.
  public static let fileName = "workbook.xml"

  /// Renders `assessment`; `version` is the tool's version for `generated-by`. Pure and
  /// deterministic: the same assessment gives the same bytes (no clock, inputs' order kept).
  public static func render(_ assessment: Assessment, version: String) -> RenderedFile {
    let writer = LibXMLWriter(root: "workbook", namespace: namespace)
    writer.attribute("version", "1")
    writer.attribute("as-of", assessment.asOf.iso)
    writer.attribute("generated-by", "bsuid-readiness \(version)")
    let programme = assessment.programme
    writer.element(
      "programme",
      ["name": programme.name, "organisation": programme.organisation, "slug": programme.slug])
    writer.element(
      "score",
      [
        "overall": XMLNumber.score(assessment.overall.score),
        "rag": assessment.overall.rag.rawValue, "rag-reason": assessment.overall.reason,
      ]
    ) { writeOverride(assessment.overall.override, to: writer) }
    writeCommentary(assessment.commentary, to: writer)
    writePhases(assessment.phases, to: writer)
    writeChecklist(assessment.checklist, to: writer)
    writeFlows(assessment.flows, to: writer)
    writeExposure(assessment.exposure, to: writer)
    writeRisks(assessment.risks, to: writer)
    writeIssues(assessment.issues, to: writer)
    writeUsernames(assessment.usernames, to: writer)
    writeTimeline(assessment.schedule, baseline: assessment.baseline, to: writer)
    writeAssumptions(assessment.assumptions, to: writer)
    writeDecisions(assessment.decisions, to: writer)
    writeStakeholders(assessment.stakeholders, to: writer)
    writeWABAs(assessment.wabas, to: writer)
    writeActions(assessment.actions, to: writer)
    writeHistory(assessment.history, to: writer)
    return RenderedFile(name: fileName, bytes: writer.finish())
  }

  /// `<phases>`: one `<phase>` per roadmap phase; `score` is absent when no item applies.
  static func writePhases(_ phases: [PhaseResult], to writer: LibXMLWriter) {
    writer.element("phases", [:]) {
      for phase in phases {
        writer.element(
          "phase",
          [
            "id": phase.id.rawValue, "start": phase.start.iso, "end": phase.end.iso,
            "score": phase.score.map(XMLNumber.score), "expected": XMLNumber.score(phase.expected),
            "rag": phase.rag.rawValue, "weight": XMLNumber.fraction(phase.weight),
            "rag-reason": phase.ragReason,
          ]
        ) { writeOverride(phase.override, to: writer) }
      }
    }
  }
}
