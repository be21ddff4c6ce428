"""MSPDI files written by MPXJ, for the MSPDI reader's tests.

  mpxj_plan.py rewrite IN.xml OUT.xml   MPXJ reads a plan and writes it again with its own writer
  mpxj_plan.py build OUT.xml            a small plan made in MPXJ's own model: summaries
                                        "Planning" and "Build phase", three tasks, a
                                        finish-to-start and a start-to-start link, 40% done,
                                        a resource assigned
"""
import sys

import jpype
import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)

jpype.startJVM()
from java.lang import Double  # noqa: E402
from java.time import LocalDateTime  # noqa: E402
from org.mpxj import Duration, ProjectFile, Relation, RelationType, TimeUnit  # noqa: E402
from org.mpxj.mspdi import MSPDIWriter  # noqa: E402
from org.mpxj.reader import UniversalProjectReader  # noqa: E402


def build():
    project = ProjectFile()
    calendar = project.addDefaultBaseCalendar()
    project.setDefaultCalendar(calendar)
    start = LocalDateTime.of(2026, 3, 2, 8, 0)
    planning = project.addTask()
    planning.setName("Planning")
    audit = planning.addTask()
    audit.setName("Audit the flows")
    audit.setStart(start)
    audit.setDuration(Duration.getInstance(5, TimeUnit.DAYS))
    audit.setPercentageComplete(Double(40.0))
    build_phase = project.addTask()
    build_phase.setName("Build phase")
    field = build_phase.addTask()
    field.setName("Add the BSUID field")
    field.setStart(start)
    field.setDuration(Duration.getInstance(10, TimeUnit.DAYS))
    field.addPredecessor(Relation.Builder().predecessorTask(audit).type(RelationType.FINISH_START))
    webhooks = build_phase.addTask()
    webhooks.setName("Accept webhooks without a phone")
    webhooks.setStart(start)
    webhooks.setDuration(Duration.getInstance(3, TimeUnit.DAYS))
    webhooks.addPredecessor(Relation.Builder().predecessorTask(field).type(RelationType.START_START))
    owner = project.addResource()
    owner.setName("Dana Ruiz")
    field.addResourceAssignment(owner)
    return project


if sys.argv[1] == "rewrite":
    project = UniversalProjectReader().read(sys.argv[2])
    MSPDIWriter().write(project, sys.argv[3])
else:
    MSPDIWriter().write(build(), sys.argv[2])
print("ok")
