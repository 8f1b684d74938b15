"use client";

import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type KeyboardEvent as ReactKeyboardEvent, type ReactNode, useCallback, useMemo, useRef, useState } from "react";
import { SuggestionList } from "@/components/analysis/suggestion-list";
import { usePassageFragment } from "@/components/analysis/use-passage-fragment";
import { buildHighlightPalette } from "@/lib/annotations/highlight-palette";
import { type PackedAnnotations, unpackAnnotations } from "@/lib/annotations/packed-annotations";
import type { RevealedLayer } from "@/lib/annotations/revealed-layer";
import type { Span } from "@/lib/annotations/span";
import { buildCodeFinder } from "@/lib/codebook/code-finder";
import type { CodeJson } from "@/lib/codebook/code-json";
import { buildCodeTree } from "@/lib/codebook/code-tree";
import type { AssignmentStateJson } from "@/lib/documents/document-json";
import { fetchJson } from "../fetch-json";
import { afterNextPaint } from "./after-next-paint";
import { AnnotationEditor } from "./annotation-editor";
import { AnnotationList } from "./annotation-list";
import type { ClientAnnotation } from "./client-annotation";
import { codeLook, NO_LOOK } from "./code-look";
import { CodePalette } from "./code-palette";
import { HighlightStyles } from "./highlight-styles";
import { resolveAnnotationId } from "./id-aliases";
import { KeyboardHelp } from "./keyboard-help";
import { OverlapPicker } from "./overlap-picker";
import { PointerCodes } from "./pointer-codes";
import { workspaceKeys } from "./query-keys";
import { SaveStatus } from "./save-status";
import { StatementText } from "./statement-text";
import { RevealedWork } from "./revealed-work";
import { SubmitControls } from "./submit-controls";
import { SupervisorReading } from "./supervisor-reading";
import { useAnnotationWrites } from "./use-annotation-writes";
import { useAssignmentState } from "./use-assignment-state";
import { useCoderKeys } from "./use-coder-keys";
import { useCodingCommands } from "./use-coding-commands";
import { usePendingWrites } from "./use-pending-writes";
import { useReader } from "./use-reader";
import { useRecentCodes } from "./use-recent-codes";
import { useRestoredMemos } from "./use-restored-memos";
import { useSeededQuery } from "./use-seeded-query";
import { useTabSync } from "./use-tab-sync";
import { useUndoHistory } from "./use-undo-history";
import { useWorkspaceKeys } from "./use-workspace-keys";
import "./workspace.css";

export type WorkspaceDocument = { id: number; title: string; text: string; direction: "ltr" | "rtl"; language: string | null };

/**
 * The coding workspace: the statement with its highlights, the codebook palette, the focused annotation, the list of
 * the coder's annotations and the speaker's facts. The data arrives with the page and is then kept by react-query;
 * every change shows at once and is saved in the background.
 */
export function Workspace({
  document: statement,
  codes: codebook,
  annotations: packedAnnotations,
  assignment,
  role,
  loadedAt,
  nextDocumentId,
  progress,
  facts,
  projectId,
  userId,
  revealed,
}: {
  projectId: number;
  userId: number;
  document: WorkspaceDocument;
  codes: CodeJson[];
  annotations: PackedAnnotations;
  assignment: AssignmentStateJson;
  role: "coder" | "supervisor";
  loadedAt: number;
  nextDocumentId: number | null;
  progress: { submitted: number; total: number } | null;
  facts: ReactNode;
  /** The other coders' layers when the supervisor has revealed coders' work to each other; null while coding is blind. */
  revealed: RevealedLayer[] | null;
}) {
  const documentId = statement.id;
  const queryClient = useQueryClient();
  const [hint, setHint] = useState("Select a passage, then press a code's key, type the first letters of a code, or click it.");
  const [problem, setProblem] = useState<string | null>(null);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [picker, setPicker] = useState<{ ids: number[]; point: { x: number; y: number } } | null>(null);
  const [codeFilter, setCodeFilter] = useState<number | null>(null);
  const [showDefinitions, setShowDefinitions] = useState(false);
  const [query, setQuery] = useState("");
  const searchRef = useRef<HTMLInputElement>(null);
  const memoRef = useRef<HTMLTextAreaElement>(null);
  // The text selection while the finder has focus (the input takes the DOM selection): what Enter codes.
  const finderSpan = useRef<Span | null>(null);
  // The same span for painting: the text shows what Enter will code while the finder has focus.
  const [pendingSpan, setPendingSpan] = useState<Span | null>(null);
  const keepFinderSpan = (span: Span | null) => {
    finderSpan.current = span;
    setPendingSpan(span);
  };
  const { codes, assign: assignKey } = useCoderKeys(userId, projectId, codebook);
  const { recentIds, remember } = useRecentCodes(userId, projectId);
  // Built from the codebook, not the coder's keys: abbreviations stay put when the coder moves a digit.
  const finder = useMemo(() => buildCodeFinder(codebook), [codebook]);
  const tree = useMemo(() => buildCodeTree(codes), [codes]);
  const positionOf = useMemo(() => new Map(codes.map((code, position) => [code.id, position])), [codes]);

  const initialAnnotations = useMemo(() => unpackAnnotations(statement.text, packedAnnotations), [statement.text, packedAnnotations]);
  const layer = useSeededQuery<readonly ClientAnnotation[]>({
    queryKey: workspaceKeys.annotations(documentId),
    queryFn: () => fetchJson(`/api/documents/${documentId}/annotations`),
    initial: initialAnnotations,
    loadedAt,
    pendingWrites: () => queryClient.isMutating({ mutationKey: workspaceKeys.annotationWrites(documentId) }),
  });
  const annotations = layer.data ?? initialAnnotations;
  const writes = useAnnotationWrites(documentId, setProblem);
  const history = useUndoHistory(writes);
  const pending = usePendingWrites(documentId);
  const { state, transition, transitioning } = useAssignmentState(documentId, assignment, loadedAt, setProblem);
  useTabSync(documentId);
  useRestoredMemos(documentId, writes, (count) => setHint(`Saving ${count === 1 ? "a memo" : `${count} memos`} typed on an earlier visit.`));

  const palette = useMemo(() => buildHighlightPalette(codes.map((code) => code.colour)), [codes]);
  const codeOrder = useMemo(() => codes.map((code) => code.id), [codes]);
  const resolvedActiveId = activeId === null ? null : resolveAnnotationId(activeId);
  const active = annotations.find((item) => item.id === resolvedActiveId) ?? null;
  const activeSpans = useMemo(() => (active ? [active] : pendingSpan ? [pendingSpan] : []), [active, pendingSpan]);
  const unsavedIds = useMemo(
    () => new Set([...pending.unsavedIds, ...annotations.filter((item) => item.id < 0).map((item) => item.id)]),
    [pending.unsavedIds, annotations],
  );
  const unsavedSpans = useMemo(() => annotations.filter((item) => unsavedIds.has(item.id)), [annotations, unsavedIds]);
  const shown = useMemo(() => (codeFilter === null ? annotations : annotations.filter((item) => item.code === codeFilter)), [annotations, codeFilter]);
  const lookOf = useMemo(() => {
    const looks = new Map(codes.map((code, position) => [code.id, codeLook(palette, position)]));
    return (codeId: number) => looks.get(codeId) ?? NO_LOOK;
  }, [codes, palette]);
  const reader = useReader({ text: statement.text, codeOrder, lookOf, annotations, activeSpans, unsavedSpans });
  usePassageFragment(reader, reader.index.length);

  const readOnlyReason =
    role !== "coder"
      ? "You read this statement as a supervisor: coders code it in their own workspaces."
      : state.status === "submitted"
        ? state.roundLocked
          ? "This document is submitted and the round is locked: its coding is final."
          : "This document is submitted. Reopen it to change its coding."
        : null;

  const select = useCallback(
    (id: number | null, reveal = false) => {
      setActiveId(id);
      setPicker(null);
      const target = id === null ? undefined : queryClient.getQueryData<readonly ClientAnnotation[]>(workspaceKeys.annotations(documentId))?.find((item) => item.id === resolveAnnotationId(id));
      if (target && reveal) reader.reveal(target);
    },
    [queryClient, documentId, reader],
  );
  const commands = useCodingCommands({
    documentId,
    text: statement.text,
    codes,
    reader,
    writes,
    history,
    readOnlyReason,
    select,
    openPicker: (ids, point) => setPicker({ ids, point }),
    say: setHint,
  });
  const onListSelect = useCallback((id: number) => select(id, true), [select]);
  const codeWith = (code: CodeJson, exact: boolean) => {
    // Remembering re-renders the palette at once (local storage state): not before the new passage is painted.
    if (commands.codeSelection(code, exact, activeId)) afterNextPaint(() => remember(code.id));
  };

  function openFinder(initial: string) {
    keepFinderSpan(reader.selectedSpan());
    setQuery(initial);
    searchRef.current?.focus();
  }

  /** Back to the text from the finder, with the selection it had. */
  function leaveFinder() {
    const span = finderSpan.current;
    setQuery("");
    reader.articleRef.current?.focus({ preventScroll: true });
    if (span) reader.selectSpan(span);
  }

  function codeFromFinder(codeId: number) {
    const code = codes.find((candidate) => candidate.id === codeId);
    leaveFinder();
    if (code) codeWith(code, false);
  }

  function onAssignKey(code: CodeJson, digit: string | null) {
    if (digit) {
      assignKey(digit, code.id);
      return setHint(`Key ${digit} now codes ${code.name}.`);
    }
    if (code.key && /^[1-9]$/.test(code.key)) assignKey(code.key, null);
    setHint(`${code.name} has no key of yours now.`);
  }
  const closePicker = useCallback(() => setPicker(null), []);

  function goToMemo() {
    if (!memoRef.current) return setHint("Select an annotation first (click it, Enter at the caret, or ] and [), then Alt+M writes its memo.");
    memoRef.current.focus();
  }

  /** Back from the selected annotation's panel to the text, the caret at the start of the annotation. */
  function leaveEditor(annotation: ClientAnnotation) {
    reader.articleRef.current?.focus({ preventScroll: true });
    reader.selectSpan({ start: annotation.start, end: annotation.start });
    reader.reveal(annotation);
  }

  useWorkspaceKeys({
    codes,
    onCode: codeWith,
    onFind: openFinder,
    onUndo: commands.undo,
    onRedo: commands.redo,
    onStep: (direction) => commands.step(shown, direction, activeId),
    onDelete: () => active && commands.remove(active.id),
    onEscape: () => (picker ? setPicker(null) : select(null)),
    onMemo: goToMemo,
    onToggleDefinitions: () => setShowDefinitions((shownNow) => !shownNow),
  });

  function onReaderKeyDown(event: ReactKeyboardEvent<HTMLElement>) {
    if (event.key !== "Enter") return;
    event.preventDefault();
    const offset = reader.caretOffset();
    const rect = offset === null ? null : reader.rectOf({ start: offset, end: offset });
    commands.pickAt(offset, { x: rect?.left ?? 0, y: rect?.bottom ?? 0 });
  }

  return (
    <div className="workspace">
      <HighlightStyles codes={codes} palette={palette} />
      <div className="workspace-top">
        <div className="workspace-title">
          {role === "coder" && (
            <p className="small muted">
              <Link href="/documents">My documents</Link>
              {progress && ` · ${progress.submitted} of ${progress.total} submitted`}
            </p>
          )}
          <h1 dir="auto">{statement.title}</h1>
        </div>
        <SaveStatus pendingCount={pending.count} failure={pending.failure} />
        {role === "coder" && (
          <div className="undo-buttons">
            <button type="button" className="secondary small" disabled={!history.canUndo || readOnlyReason !== null} aria-keyshortcuts="Control+Z" onClick={commands.undo}>
              Undo
            </button>
            <button type="button" className="secondary small" disabled={!history.canRedo || readOnlyReason !== null} aria-keyshortcuts="Control+Shift+Z" onClick={commands.redo}>
              Redo
            </button>
          </div>
        )}
        {role === "coder" && (
          <SubmitControls state={state} pendingWrites={pending.count} transitioning={transitioning} nextDocumentId={nextDocumentId} annotationCount={annotations.length} onTransition={(action) => {
              transition(action);
              setHint(action === "submit" ? "Submitted: this coding now counts for agreement. Reopen it to change it." : "Reopened: you can change your coding again.");
            }}
          />
        )}
      </div>
      <p className="workspace-hint" role="status">
        {hint}
      </p>
      {problem && (
        <div className="notice problem" role="alert">
          {problem}{" "}
          <button type="button" className="link-button" onClick={() => setProblem(null)}>
            Dismiss
          </button>
        </div>
      )}
      <div className="workspace-body">
        <div className="reader-pane">
          <StatementText
            articleRef={reader.articleRef}
            marksRef={reader.marksRef}
            pendingRef={reader.pendingRef}
            text={statement.text}
            paragraphs={reader.paragraphs}
            direction={statement.direction}
            language={statement.language}
            onMouseUp={(event) => {
              if (reader.selectedSpan()) commands.selectionMade(event.altKey || event.ctrlKey || event.metaKey);
              else commands.pickAt(reader.characterAt(event.clientX, event.clientY), { x: event.clientX, y: event.clientY });
            }}
            onKeyDown={onReaderKeyDown}
          />
          <PointerCodes reader={reader} annotations={annotations} codes={codes} />
        </div>
        <aside className="workspace-side" aria-label="Coding tools">
          {role === "supervisor" && <SupervisorReading projectId={projectId} documentId={documentId} />}
          {role === "coder" && (
            <CodePalette
              tree={tree}
              finder={finder}
              recentIds={recentIds}
              positionOf={positionOf}
              palette={palette}
              disabled={readOnlyReason !== null}
              showDefinitions={showDefinitions}
              search={{
                query,
                inputRef: searchRef,
                onQueryChange: setQuery,
                onOpen: () => {
                  keepFinderSpan(reader.selectedSpan() ?? finderSpan.current);
                },
                onClose: () => keepFinderSpan(null),
                onPick: codeFromFinder,
                onLeave: leaveFinder,
              }}
              onToggleDefinitions={() => setShowDefinitions((shownNow) => !shownNow)}
              onCode={codeWith}
              onAssignKey={onAssignKey}
            />
          )}
          {active && (
            <AnnotationEditor
              key={activeId}
              documentId={documentId}
              annotation={active}
              codes={codes}
              readOnly={readOnlyReason !== null}
              unsaved={unsavedIds.has(active.id)}
              onChangeCode={(codeId) => commands.changeCode(active.id, codeId)}
              onShift={(edge, direction) => commands.shift(active.id, edge, direction)}
              onFitToSelection={() => commands.fitToSelection(active.id)}
              onSaveMemo={(memo) => commands.saveMemo(active.id, memo)}
              onDelete={() => commands.remove(active.id)}
              onClose={() => select(null)}
              onLeave={() => leaveEditor(active)}
              memoRef={memoRef}
            />
          )}
          {role === "coder" && (
            <AnnotationList
              annotations={annotations}
              codes={codes}
              palette={palette}
              activeId={resolvedActiveId}
              unsavedIds={unsavedIds}
              codeFilter={codeFilter}
              onFilter={setCodeFilter}
              onSelect={onListSelect}
              onDelete={commands.remove}
            />
          )}
          <details className="facts-panel" open>
            <summary>Speaker and source</summary>
            {facts}
          </details>
          {revealed && <RevealedWork layers={revealed} codes={codes} />}
          {role === "coder" && (
            <details className="facts-panel">
              <summary>Suggested passages</summary>
              <SuggestionList
                projectId={projectId}
                documentId={documentId}
                onDecided={() => void queryClient.invalidateQueries({ queryKey: workspaceKeys.annotations(documentId) })}
              />
            </details>
          )}
          {role === "coder" && <KeyboardHelp />}
        </aside>
      </div>
      {picker && (
        <OverlapPicker
          annotations={annotations.filter((item) => picker.ids.includes(item.id))}
          codes={codes}
          palette={palette}
          point={picker.point}
          onPick={(id) => select(id, true)}
          onClose={closePicker}
        />
      )}
    </div>
  );
}
