import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { getDocumentsByProject } from "@/db/queries/documents";
import { getMembersByProject } from "@/db/queries/projects";
import { getUsers } from "@/db/queries/users";
import { ActionForm } from "@/components/admin/action-form";
import { adminProject } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { addMember, assignAll, assignDocument, removeMember } from "../../actions";

export default async function ProjectAdminPage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id)) notFound();
  // The page asks itself: a layout's check does not stop this page's own reads from reaching the answer.
  const { project } = await requirePageAccess(() => adminProject(id));
  const db = getDb();
  const members = getMembersByProject(db, { projectId: id });
  const coders = members.filter((member) => member.role === "coder");
  const documents = getDocumentsByProject(db, { projectId: id });
  const users = getUsers(db).filter((user) => !user.disabled);

  return (
    <>
      <h1>{project.name}</h1>
      <h2>Members</h2>
      <table>
        <thead>
          <tr>
            <th>Member</th>
            <th>Role</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.userId}>
              <td>
                {member.displayName} ({member.login})
              </td>
              <td>{member.role}</td>
              <td>
                <ActionForm
                  action={removeMember}
                  submitLabel={`Remove ${member.login}`}
                  danger
                  confirm={`${member.login} will no longer see anything of ${project.name}. Their assignments and annotations are kept and come back if they are added again.`}
                >
                  <input type="hidden" name="projectId" value={id} />
                  <input type="hidden" name="userId" value={member.userId} />
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ActionForm action={addMember} submitLabel="Add member" className="inline panel" label="Add member">
        <input type="hidden" name="projectId" value={id} />
        <label>
          User
          <select name="userId" required>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.displayName} ({user.login})
              </option>
            ))}
          </select>
        </label>
        <label>
          Role
          <select name="role" defaultValue="coder">
            <option value="coder">Coder</option>
            <option value="supervisor">Supervisor</option>
          </select>
        </label>
      </ActionForm>

      <h2>Assign documents</h2>
      {coders.length === 0 || documents.length === 0 ? (
        <p>Assigning needs at least one coder and one document in the project.</p>
      ) : (
        <>
          <ActionForm action={assignAll} submitLabel="Assign all documents to these coders" className="inline panel" label="Assign all documents">
            <input type="hidden" name="projectId" value={id} />
            {coders.map((coder) => (
              <label key={coder.userId} className="check">
                <input type="checkbox" name="coderIds" value={coder.userId} /> {coder.login}
              </label>
            ))}
          </ActionForm>
          <ActionForm action={assignDocument} submitLabel="Assign" className="inline panel" label="Assign one document">
            <input type="hidden" name="projectId" value={id} />
            <label>
              Document
              <select name="documentId">
                {documents.map((document) => (
                  <option key={document.id} value={document.id}>
                    {document.title}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Coder
              <select name="coderId">
                {coders.map((coder) => (
                  <option key={coder.userId} value={coder.userId}>
                    {coder.login}
                  </option>
                ))}
              </select>
            </label>
          </ActionForm>
        </>
      )}
    </>
  );
}
