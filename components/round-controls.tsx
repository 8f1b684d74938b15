import { ActionForm } from "@/components/admin/action-form";
import type { ActionState } from "@/server/server-action";

type Props = {
  projectId: number;
  round: number;
  roundLocked: boolean;
  annotationsRevealed: boolean;
  suggestionsVisible: boolean;
  changeRound: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

/**
 * The supervisor's controls of the coding round: lock, reveal coders' work to each other, show learned suggestions
 * (off by default, so agreement measures independent coding), start the next round.
 */
export function RoundControls({ projectId, round, roundLocked, annotationsRevealed, suggestionsVisible, changeRound }: Props) {
  const button = (action: string, label: string, confirm?: string) => (
    <ActionForm key={action} action={changeRound} submitLabel={label} danger={confirm !== undefined} confirm={confirm}>
      <input type="hidden" name="projectId" value={projectId} />
      <input type="hidden" name="action" value={action} />
    </ActionForm>
  );
  return (
    <section className="panel" aria-label="Coding round">
      <p>
        <strong>Round {round}</strong>: {roundLocked ? "locked — coders cannot change submitted documents" : "open"};{" "}
        {annotationsRevealed ? "coders see each other's annotations" : "blind coding"}.{" "}
        {suggestionsVisible ? "Coders see learned suggestions." : "Learned suggestions are hidden from coders."}
      </p>
      <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap" }}>
        {roundLocked ? button("unlock", "Unlock round") : button("lock", "Lock round")}
        {annotationsRevealed ? button("hide", "Make coding blind again") : button("reveal", "Reveal coders' work to coders")}
        {suggestionsVisible ? button("hide-suggestions", "Hide learned suggestions from coders") : button("show-suggestions", "Show learned suggestions to coders")}
        {button(
          "new-round",
          `Start round ${round + 1}`,
          `Round ${round} ends: coding done from now on counts as round ${round + 1}, coding becomes blind again, learned suggestions are hidden and the round is open. ` +
            `Documents already submitted stay in round ${round}; agreement can be filtered by round to compare the two.`,
        )}
      </div>
    </section>
  );
}
