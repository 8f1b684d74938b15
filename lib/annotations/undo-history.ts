/** An annotation as undo needs it: enough to make it again after a delete. */
export type AnnotationState = { id: number; code: number; start: number; end: number; quote: string; memo: string };

/** One action of the coder, with what it replaced, so it can be reversed and repeated. */
export type AnnotationChange =
  | { kind: "create"; after: AnnotationState }
  | { kind: "delete"; before: AnnotationState }
  | { kind: "update"; before: AnnotationState; after: AnnotationState };

export type UndoHistory = { past: AnnotationChange[]; future: AnnotationChange[] };

const LIMIT = 200;

export const emptyHistory: UndoHistory = { past: [], future: [] };

/** Records a new action; it clears what could be redone, as in every editor. */
export function recordChange(history: UndoHistory, change: AnnotationChange): UndoHistory {
  return { past: [...history.past, change].slice(-LIMIT), future: [] };
}

/** The change that reverses `change`: a create is undone by a delete, an update by the update back. */
export function invertChange(change: AnnotationChange): AnnotationChange {
  switch (change.kind) {
    case "create":
      return { kind: "delete", before: change.after };
    case "delete":
      return { kind: "create", after: change.before };
    case "update":
      return { kind: "update", before: change.after, after: change.before };
  }
}

/** Takes the last action off the past: returns it (to be reversed) and the history with it moved to the future. */
export function takeUndo(history: UndoHistory): { change: AnnotationChange; history: UndoHistory } | null {
  const change = history.past.at(-1);
  if (!change) return null;
  return { change, history: { past: history.past.slice(0, -1), future: [...history.future, change] } };
}

/** Takes the last undone action: returns it (to be applied again) and the history with it back in the past. */
export function takeRedo(history: UndoHistory): { change: AnnotationChange; history: UndoHistory } | null {
  const change = history.future.at(-1);
  if (!change) return null;
  return { change, history: { past: [...history.past, change], future: history.future.slice(0, -1) } };
}

/**
 * Undoing a delete (or redoing a create) makes the annotation again under a new id; every recorded change that names
 * the old id must name the new one, or a later undo would act on an annotation that no longer exists.
 */
export function renameAnnotation(history: UndoHistory, fromId: number, toId: number): UndoHistory {
  const rename = (state: AnnotationState) => (state.id === fromId ? { ...state, id: toId } : state);
  const renameChange = (change: AnnotationChange): AnnotationChange => {
    switch (change.kind) {
      case "create":
        return { kind: "create", after: rename(change.after) };
      case "delete":
        return { kind: "delete", before: rename(change.before) };
      case "update":
        return { kind: "update", before: rename(change.before), after: rename(change.after) };
    }
  };
  return { past: history.past.map(renameChange), future: history.future.map(renameChange) };
}
