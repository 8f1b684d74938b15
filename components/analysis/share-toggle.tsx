import { ActionForm } from "@/components/admin/action-form";
import { shareAnalysis } from "@/app/(app)/projects/[id]/analysis/actions";

/** The supervisor's switch: coders read the analysis only while it is shared. */
export function ShareToggle({ projectId, shared }: { projectId: number; shared: boolean }) {
  return (
    <div className="panel share-panel">
      <span>{shared ? "Shared: the project's coders can read this analysis." : "Not shared: only supervisors see this analysis."}</span>
      <ActionForm action={shareAnalysis} submitLabel={shared ? "Stop sharing with coders" : "Share with coders"} label="Sharing">
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="shared" value={String(!shared)} />
      </ActionForm>
    </div>
  );
}
