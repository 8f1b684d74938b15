"use client";

import { useCallback, useRef, useState } from "react";
import {
  type AnnotationChange,
  type AnnotationState,
  emptyHistory,
  invertChange,
  recordChange,
  renameAnnotation,
  takeRedo,
  takeUndo,
} from "@/lib/annotations/undo-history";
import type { AnnotationWrites } from "./use-annotation-writes";

const fieldsOf = ({ code, start, end, quote, memo }: AnnotationState) => ({ code, start, end, quote, memo });

/**
 * Undo and redo of the coder's last actions in this document. Each action is applied through the same optimistic
 * writes as a fresh one; an annotation made again (undoing a delete) gets a new id, which the history takes over.
 */
export function useUndoHistory(writes: AnnotationWrites) {
  const history = useRef(emptyHistory);
  const [sizes, setSizes] = useState({ undo: 0, redo: 0 });
  const commit = useCallback((next: typeof emptyHistory) => {
    history.current = next;
    setSizes({ undo: next.past.length, redo: next.future.length });
  }, []);

  const apply = useCallback(
    (change: AnnotationChange) => {
      switch (change.kind) {
        case "create": {
          const id = writes.create(fieldsOf(change.after));
          commit(renameAnnotation(history.current, change.after.id, id));
          return id;
        }
        case "delete":
          writes.remove(change.before.id);
          return null;
        case "update":
          writes.update(change.after.id, fieldsOf(change.after));
          return change.after.id;
      }
    },
    [writes, commit],
  );

  return {
    canUndo: sizes.undo > 0,
    canRedo: sizes.redo > 0,
    record: useCallback((change: AnnotationChange) => commit(recordChange(history.current, change)), [commit]),
    /** Reverses the last action; returns it (as it was recorded) and the id of the annotation it left, if any. */
    undo: useCallback(() => {
      const taken = takeUndo(history.current);
      if (!taken) return null;
      commit(taken.history);
      return { change: taken.change, id: apply(invertChange(taken.change)) };
    }, [apply, commit]),
    redo: useCallback(() => {
      const taken = takeRedo(history.current);
      if (!taken) return null;
      commit(taken.history);
      return { change: taken.change, id: apply(taken.change) };
    }, [apply, commit]),
  };
}
