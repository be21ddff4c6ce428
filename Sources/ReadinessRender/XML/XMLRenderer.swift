import Foundation
import ReadinessCore

/// Renders an assessment as `workbook.xml`, the versioned data contract, for
/// dashboards, BI and scripts. The [workbook.xml contract] core keeps its names; everything else is added beside it.
public enum XMLRenderer {
  /// The workbook namespace; a new major version gets a new namespace.
  public static let namespace = "urn:bsuid-readiness:workbook:1"
  /// The output file's name.
  public static let fileName = "workbook.xml"

  /// Renders `assessment`; `version` is the tool's version for `generated-by`. The texts the
  /// tool writes (reasons, generated titles, actions, notes) are in `language`, named by the
  /// root's `xml:lang`; figures, dates, codes and ids stay locale-neutral, inventory text as
  /// written. Pure and deterministic: the same assessment gives the same bytes (no clock,
  /// inputs' order kept).
  public static func render(
    _ assessment: Assessment, version: String,
    in language: any MessageLanguage = EnglishLanguage()
  ) -> RenderedFile {
    let wording = Wording(language: language)
    let writer = LibXMLWriter(root: "workbook", namespace: namespace)
    writer.attribute("version", "1")
    writer.attribute("as-of", assessment.asOf.iso)
    writer.attribute("generated-by", "bsuid-readiness \(version)")
    writer.attribute("xml:lang", language.tag)
    let programme = assessment.programme
    writer.element(
      "programme",
      ["name": programme.name, "organisation": programme.organisation, "slug": programme.slug])
    writer.element(
      "score",
      [
        "overall": XMLNumber.score(assessment.overall.score),
        "rag": assessment.overall.rag.rawValue,
        "rag-reason": wording(assessment.overall.reasonMessage),
      ]
    ) { writeOverride(assessment.overall.override, to: writer) }
    writeCommentary(assessment.commentary, to: writer)
    writePhases(assessment.phases, wording, to: writer)
    writeChecklist(assessment.checklist, wording, to: writer)
    writeFlows(assessment.flows, wording, to: writer)
    writeExposure(assessment.exposure, to: writer)
    writeRisks(assessment.risks, wording, to: writer)
    writeIssues(assessment.issues, to: writer)
    writeUsernames(assessment.usernames, wording, to: writer)
    writeTimeline(assessment.schedule, baseline: assessment.baseline, wording, to: writer)
    writeAssumptions(assessment.assumptions, wording, to: writer)
    writeDecisions(assessment.decisions, to: writer)
    writeStakeholders(assessment.stakeholders, to: writer)
    writeWABAs(assessment.wabas, to: writer)
    writeActions(assessment.actions, wording, to: writer)
    writeHistory(assessment.history, to: writer)
    return RenderedFile(name: fileName, bytes: writer.finish())
  }

  /// `<phases>`: one `<phase>` per roadmap phase; `score` is absent when no item applies.
  static func writePhases(
    _ phases: [PhaseResult], _ wording: Wording, to writer: LibXMLWriter
  ) {
    writer.element("phases", [:]) {
      for phase in phases {
        writer.element(
          "phase",
          [
            "id": phase.id.rawValue, "start": phase.start.iso, "end": phase.end.iso,
            "score": phase.score.map(XMLNumber.score), "expected": XMLNumber.score(phase.expected),
            "rag": phase.rag.rawValue, "weight": XMLNumber.fraction(phase.weight),
            "rag-reason": wording(phase.reasonMessage),
          ]
        ) { writeOverride(phase.override, to: writer) }
      }
    }
  }
}
