import { describe, expect, it } from "vitest";
import { type AnnotationState, emptyHistory, invertChange, recordChange, renameAnnotation, takeRedo, takeUndo } from "./undo-history";

const state = (id: number, code = 1, memo = ""): AnnotationState => ({ id, code, start: 0, end: 4, quote: "قال ", memo });

describe("undo history", () => {
  it("undoes the last action first and redoes it after", () => {
    let history = recordChange(emptyHistory, { kind: "create", after: state(1) });
    history = recordChange(history, { kind: "update", before: state(1), after: state(1, 2) });
    const undone = takeUndo(history)!;
    expect(undone.change.kind).toBe("update");
    expect(invertChange(undone.change)).toEqual({ kind: "update", before: state(1, 2), after: state(1) });
    const redone = takeRedo(undone.history)!;
    expect(redone.change).toEqual(undone.change);
    expect(redone.history).toEqual(history);
  });

  it("reverses a create with a delete and a delete with a create", () => {
    expect(invertChange({ kind: "create", after: state(1) })).toEqual({ kind: "delete", before: state(1) });
    expect(invertChange({ kind: "delete", before: state(1) })).toEqual({ kind: "create", after: state(1) });
  });

  it("clears the redo list when a new action is recorded", () => {
    const history = recordChange(emptyHistory, { kind: "create", after: state(1) });
    const undone = takeUndo(history)!.history;
    expect(recordChange(undone, { kind: "create", after: state(2) }).future).toEqual([]);
  });

  it("has nothing to undo or redo at the start", () => {
    expect(takeUndo(emptyHistory)).toBeNull();
    expect(takeRedo(emptyHistory)).toBeNull();
  });

  it("renames an annotation made again under a new id in every recorded change", () => {
    let history = recordChange(emptyHistory, { kind: "create", after: state(1) });
    history = recordChange(history, { kind: "update", before: state(1, 1, ""), after: state(1, 1, "memo") });
    history = recordChange(history, { kind: "create", after: state(5) });
    const renamed = renameAnnotation(history, 1, -3);
    expect(renamed.past.map((change) => (change.kind === "update" ? change.after.id : change.kind === "create" ? change.after.id : 0))).toEqual([-3, -3, 5]);
  });

  it("keeps at most 200 actions", () => {
    let history = emptyHistory;
    for (let id = 0; id < 250; id++) history = recordChange(history, { kind: "create", after: state(id) });
    expect(history.past).toHaveLength(200);
    expect(history.past[0]).toEqual({ kind: "create", after: state(50) });
  });
});
