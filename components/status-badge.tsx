import type { AssignmentStatus } from "@/db/schema";

const labels: Record<AssignmentStatus, string> = { assigned: "Assigned", in_progress: "In progress", submitted: "Submitted" };

export function StatusBadge({ status }: { status: AssignmentStatus }) {
  return <span className={`badge ${status}`}>{labels[status]}</span>;
}
