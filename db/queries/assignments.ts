import { eq } from "drizzle-orm";
import { recordAudit } from "../audit";
import type { Db, Tx } from "../client";
import { type Outcome, refused } from "../outcome";
import { type Assignment, type AssignmentStatus, assignments, type Project } from "../schema";
import { getAssignment } from "./documents";
import { currentRoundOf, getProjectById } from "./projects";

/** Why a coder's layer of a submitted document cannot change, for messages. */
export function submittedMessage(project: Pick<Project, "roundLocked">): string {
  return project.roundLocked
    ? "This document is submitted and the supervisor has locked the round, so its coding can no longer change."
    : "This document is submitted; reopen it to change its coding.";
}

/** Sets an assignment's status, audited. Call inside the transaction that decided the change. */
export function updateAssignmentStatus(
  tx: Tx,
  { assignment, status, projectId, actorId }: { assignment: Assignment; status: AssignmentStatus; projectId: number; actorId: number },
): Assignment {
  const after = tx
    .update(assignments)
    .set({ status, round: currentRoundOf(projectId), submittedAt: status === "submitted" ? new Date() : null, updatedAt: new Date() })
    .where(eq(assignments.id, assignment.id))
    .returning()
    .get();
  recordAudit(tx, { actorId, projectId, entity: "assignment", entityId: assignment.id, action: "update", before: assignment, after });
  return after;
}

/** "Mark as done": the coder's layer of the document now counts for agreement. Submitting twice changes nothing. */
export function submitAssignment(db: Db, { documentId, projectId, coderId }: { documentId: number; projectId: number; coderId: number }): Outcome<Assignment> {
  return db.transaction(
    (tx): Outcome<Assignment> => {
      const assignment = getAssignment(tx, { documentId, coderId });
      if (!assignment) return refused("not_found", "No such document.");
      if (assignment.status === "submitted") return { ok: true, value: assignment };
      return { ok: true, value: updateAssignmentStatus(tx, { assignment, status: "submitted", projectId, actorId: coderId }) };
    },
    { behavior: "immediate" },
  );
}

/** Takes a submission back for more coding, unless the supervisor has locked the project's round. */
export function reopenAssignment(db: Db, { documentId, projectId, coderId }: { documentId: number; projectId: number; coderId: number }): Outcome<Assignment> {
  return db.transaction(
    (tx): Outcome<Assignment> => {
      const assignment = getAssignment(tx, { documentId, coderId });
      if (!assignment) return refused("not_found", "No such document.");
      if (assignment.status !== "submitted") return { ok: true, value: assignment };
      if (getProjectById(tx, { id: projectId })?.roundLocked) {
        return refused("conflict", "The supervisor has locked this round, so submitted documents can no longer be reopened.");
      }
      return { ok: true, value: updateAssignmentStatus(tx, { assignment, status: "in_progress", projectId, actorId: coderId }) };
    },
    { behavior: "immediate" },
  );
}
