import { notFound } from "next/navigation";
import { ExportForm } from "@/components/export/export-form";
import { getDb } from "@/db/client";
import { getSpeakerFactValues } from "@/db/queries/speakers";
import { projectAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";

const FORMATS = [
  ["csv", "CSV of coded segments (one row per annotation)"],
  ["matrix", "CSV document-by-code matrix (R, SPSS, Stata)"],
  ["json", "JSON of the whole project"],
  ["jsonl", "JSON Lines of annotations"],
  ["w3c", "W3C Web Annotation JSON-LD"],
  ["qdpx", "REFI-QDA project (.qdpx: ATLAS.ti, NVivo, MAXQDA, QualCoder)"],
  ["qdc", "REFI-QDA codebook (.qdc)"],
] as const;

export default async function ExportPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  await requirePageAccess(() => projectAccess(id, ["supervisor"]));
  const facts = getSpeakerFactValues(getDb(), { projectId: id });

  return (
    <>
      <h1>Export</h1>
      <p className="muted">The file is built on the server, with its progress shown here, and downloads when ready; filters left at &quot;any&quot; are not applied.</p>
      <ExportForm projectId={id}>
        <label>
          Format
          <select name="format" defaultValue="csv">
            {FORMATS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Layer
          <select name="layer" defaultValue="coders">
            <option value="coders">Every coder&apos;s annotations</option>
            <option value="consensus">The consensus layer</option>
          </select>
        </label>
        {(["region", "country", "gender"] as const).map((fact) => (
          <label key={fact}>
            Speakers&apos; {fact}
            <select name={fact} defaultValue="">
              <option value="">any</option>
              {facts[fact].map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label>
          Documents
          <select name="status" defaultValue="">
            <option value="">all</option>
            <option value="submitted">submitted by a coder</option>
            <option value="in_progress">in progress</option>
          </select>
        </label>
      </ExportForm>
    </>
  );
}
