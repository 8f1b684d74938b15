import type { ReactNode } from "react";
import { AgreementFilters } from "./agreement-filters";
import type { AlphaMinimums } from "@/lib/review/alpha-band";
import type { CorpusAgreement } from "@/lib/agreement/corpus-agreement";
import { type AlphaSort, AlphaFigures } from "./alpha-figures";
import type {
  CoderProgressRow,
  DashboardAgreement,
  DashboardCode,
  DashboardFilterOptions,
  DashboardFormValues,
  DocumentDisagreementItem,
  DocumentProgressRow,
} from "./dashboard-types";
import { describeFilters } from "./describe-filters";
import { DocumentDisagreementTable } from "./document-disagreement-table";
import { formatTime } from "./format-figures";
import { KappaMatrix } from "./kappa-matrix";
import { PrintButton } from "./print-button";
import { ProgressTables } from "./progress-tables";
import { describeSuggestionsVisible } from "./describe-suggestions-visible";
import { UnitizingPairMatrix } from "./unitizing-pair-matrix";
import "./agreement-report.css";

type Props = {
  project: { id: number; name: string };
  codes: DashboardCode[];
  options: DashboardFilterOptions;
  values: DashboardFormValues;
  error: string | null;
  agreement: DashboardAgreement | null;
  previousRound: { round: number; agreement: CorpusAgreement } | null;
  minimums: AlphaMinimums;
  sort: AlphaSort;
  documents: DocumentDisagreementItem[];
  progress: { coders: CoderProgressRow[]; documents: DocumentProgressRow[] };
  generatedAt: string;
};

const Section = ({ title, id, children }: { title: string; id?: string; children: ReactNode }) => (
  <section className="report-section" aria-label={title} id={id}>
    <h2>{title}</h2>
    {children}
  </section>
);

/**
 * The supervisor's agreement report: its header says which project, filters and time the figures belong to, so the
 * printed page stands on its own; every figure is also a table with a CSV download.
 */
export function AgreementReport({ project, codes, options, values, error, agreement, previousRound, minimums, sort, documents, progress, generatedAt }: Props) {
  const filenameBase = project.name.replace(/[^\p{L}\p{N}._-]+/gu, "-").replace(/^-|-$/g, "") || "project";
  const codeLabel = (codeId: number) => codes.find((code) => code.id === codeId)?.label ?? String(codeId);
  const sortHref = (by: AlphaSort) => `/projects/${project.id}/agreement?${new URLSearchParams({ ...values, sort: by }).toString()}#alpha`;
  return (
    <div className="agreement-report">
      <header className="report-header">
        <h1>Agreement report: {project.name}</h1>
        <ul className="report-filters" aria-label="Filters of this report">
          {describeFilters(values, { codes, options }).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p>
          Generated {formatTime(generatedAt)}
          {agreement &&
            `, from ${agreement.computed_from.annotations} annotations on ${agreement.computed_from.coded_documents} coded statements; latest annotation change ${formatTime(agreement.computed_from.latest_annotation_change)}`}
          .
        </p>
        {agreement?.unit === "character" && agreement.documents_left_out > 0 && (
          <p className="notice" role="note">
            The character figures rest on {agreement.documents} of these {agreement.computed_from.coded_documents} statements: unitizing alpha compares
            whole statements, so the {agreement.documents_left_out} that not every coder coded are left out. The statements by disagreement below name
            each statement&apos;s coders.
          </p>
        )}
        {agreement && <p>{describeSuggestionsVisible(agreement.suggestions_visible)}</p>}
        <PrintButton />
      </header>
      <AgreementFilters projectId={project.id} codes={codes} options={options} values={values} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}

      {agreement && (
        <Section title="Krippendorff's alpha" id="alpha">
          <AlphaFigures agreement={agreement} codeLabel={codeLabel} filenameBase={filenameBase} minimums={minimums} sort={sort} sortHref={sortHref} previousRound={previousRound} />
        </Section>
      )}
      {agreement && (
        <Section title="Who disagrees with whom">
          {agreement.unit === "character" && <UnitizingPairMatrix agreement={agreement} filenameBase={filenameBase} />}
          <KappaMatrix agreement={agreement} filenameBase={filenameBase} />
        </Section>
      )}
      <Section title="Statements by disagreement">
        <DocumentDisagreementTable projectId={project.id} documents={documents} filenameBase={filenameBase} />
      </Section>
      <Section title="Progress">
        <ProgressTables coders={progress.coders} documents={progress.documents} filenameBase={filenameBase} />
      </Section>
    </div>
  );
}
