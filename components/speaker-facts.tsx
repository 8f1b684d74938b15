import type { Speaker } from "@/db/schema";

type Facts = Pick<Speaker, "alias" | "country" | "region" | "gender" | "defectionDate">;

export function SpeakerFacts({ speaker, statementDate, sourceName }: { speaker: Facts | null; statementDate: string | null; sourceName: string | null }) {
  const rows: [string, string | null | undefined][] = [
    ["Speaker", speaker?.alias],
    ["Country", speaker?.country],
    ["Region", speaker?.region],
    ["Gender", speaker?.gender],
    ["Defected", speaker?.defectionDate],
    ["Statement date", statementDate],
    ["Source", sourceName],
  ];
  return (
    <dl className="facts" aria-label="Speaker facts">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: "contents" }}>
          <dt>{label}</dt>
          <dd dir="auto">{value ?? "unknown"}</dd>
        </div>
      ))}
    </dl>
  );
}
