"use client";

import { moveCodeTo, setKeyAndGroup } from "@/app/(app)/projects/[id]/codebook/actions";
import { ActionForm } from "@/components/admin/action-form";
import { reorderPlacement } from "@/lib/codebook/code-placement";
import type { CodeJson } from "@/lib/codebook/code-json";
import { isInSubtree } from "@/lib/codebook/code-tree";
import { AddCodeForm } from "./add-code-form";
import type { RowTree } from "./codebook-types";
import type { PickerOption } from "./code-picker";
import { CodePicker } from "./code-picker";
import { CodeWordingForm } from "./code-wording-form";
import { DeleteCodeForm } from "./delete-code-form";
import { MergeCodeForm } from "./merge-code-form";
import type { RunAction } from "./run-action";

/** One code's form: wording, key and group, its place in the tree, a sub-code, merging and deleting. */
export function CodePanel({ run, projectId, tree, code, options, onExpand }: {
  run: RunAction;
  projectId: number;
  tree: RowTree;
  code: CodeJson;
  options: PickerOption[];
  onExpand: (codeId: number) => void;
}) {
  const node = tree.byId.get(code.id)!;
  const row = node.code;
  const path = options.find((option) => option.id === code.id)?.path ?? code.name;
  const parentId = node.path.at(-2) ?? null;
  const parentPath = parentId === null ? null : (options.find((option) => option.id === parentId)?.path ?? null);
  const up = reorderPlacement(tree, code.id, "up");
  const down = reorderPlacement(tree, code.id, "down");
  const codings = row.annotations + row.consensus;
  return (
    <section className="panel code-panel" aria-labelledby="code-panel-heading">
      <h2 id="code-panel-heading">{path}</h2>
      <p className="muted">
        {codings} codings: {row.annotations} by coders, {row.consensus} in the consensus.
      </p>
      <CodeWordingForm projectId={projectId} code={code} />

      <h3>Key and group</h3>
      <ActionForm action={setKeyAndGroup} submitLabel="Save key and group" label={`Key and group of ${code.name}`}>
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="codeId" value={code.id} />
        <label>
          Key (1–9)
          <input type="text" name="shortcut" defaultValue={code.key ?? ""} maxLength={1} size={2} inputMode="numeric" />
        </label>
        <label>
          <input type="checkbox" name="isGroup" defaultChecked={code.isGroup} /> Group: organises codes, cannot be coded
        </label>
      </ActionForm>

      <h3>Place in the tree</h3>
      <div className="inline">
        <button type="button" disabled={!up} onClick={() => up && run(moveCodeTo, { projectId, codeId: code.id, ...up })}>
          Move up
        </button>
        <button type="button" disabled={!down} onClick={() => down && run(moveCodeTo, { projectId, codeId: code.id, ...down })}>
          Move down
        </button>
      </div>
      <form
        className="stack"
        aria-label={`Move ${code.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          data.set("beforeId", "");
          void run(moveCodeTo, data);
        }}
      >
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="codeId" value={code.id} />
        <CodePicker label="Move to…" name="parentId" topLevel options={options.filter((option) => !isInSubtree(tree, code.id, option.id))} />
        <button type="submit">Move here</button>
      </form>
      <AddCodeForm run={run} projectId={projectId} parentId={code.id} label={`Add a sub-code to ${code.name}`} colourIndex={tree.ordered.length} onAdded={() => onExpand(code.id)} />

      <h3>Merge or delete</h3>
      <MergeCodeForm key={`merge-${code.id}`} run={run} projectId={projectId} codeId={code.id} name={code.name} targets={options.filter((option) => option.id !== code.id)} />
      <DeleteCodeForm
        key={`delete-${code.id}`}
        run={run}
        projectId={projectId}
        codeId={code.id}
        name={code.name}
        annotations={row.annotations}
        consensus={row.consensus}
        subCodes={node.children.length}
        parent={parentPath}
      />
    </section>
  );
}
