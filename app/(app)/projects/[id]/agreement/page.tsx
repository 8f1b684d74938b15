import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { AgreementReport } from "@/components/agreement/agreement-report";
import { projectAccess } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { loadAgreementDashboard } from "./load-agreement-dashboard";

/** The supervisor's agreement dashboard, computed in a worker for the filters in the URL. */
export default async function AgreementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  const { user } = await requirePageAccess(() => projectAccess(id, ["supervisor"]));
  const dashboard = await loadAgreementDashboard(getDb(), { projectId: id, searchParams: await searchParams, viewer: { id: user.id, login: user.login } });
  if (!dashboard) notFound();
  return <AgreementReport {...dashboard} />;
}
