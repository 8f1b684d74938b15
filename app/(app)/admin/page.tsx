import { getDb } from "@/db/client";
import { getUsers } from "@/db/queries/users";
import { ActionForm } from "@/components/admin/action-form";
import { adminOnly } from "@/server/authorize";
import { requirePageAccess } from "@/server/page-access";
import { createUser, resetPassword, setUserDisabled } from "./actions";

export default async function UsersPage() {
  const { user: me } = await requirePageAccess(adminOnly);
  const users = getUsers(getDb());

  return (
    <>
      <h1>Users</h1>
      <table>
        <thead>
          <tr>
            <th>Login</th>
            <th>Name</th>
            <th>Role</th>
            <th>Status</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.login}</td>
              <td>{user.displayName}</td>
              <td>{user.role}</td>
              <td>{user.disabled ? "disabled" : "active"}</td>
              <td>
                {user.id !== me.id && (
                  <ActionForm
                    action={setUserDisabled}
                    submitLabel={user.disabled ? `Enable ${user.login}` : `Disable ${user.login}`}
                    danger={!user.disabled}
                    confirm={user.disabled ? undefined : `${user.login} will be signed out everywhere and can no longer sign in, until enabled again. Their work stays.`}
                  >
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="disabled" value={String(!user.disabled)} />
                  </ActionForm>
                )}
                <ActionForm action={resetPassword} submitLabel="Set password" label={`Set a new password for ${user.login}`}>
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="password" name="password" aria-label={`New password for ${user.login}`} autoComplete="new-password" required />
                </ActionForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>New account</h2>
      <ActionForm action={createUser} submitLabel="Create account" className="stack panel" label="New account">
        <label>
          Login
          <input type="text" name="login" required />
        </label>
        <label>
          Name
          <input type="text" name="displayName" required />
        </label>
        <label>
          Password
          <input type="password" name="password" autoComplete="new-password" required />
        </label>
        <label>
          Role
          <select name="role" defaultValue="member">
            <option value="member">Member (supervisor or coder, by project)</option>
            <option value="admin">Administrator</option>
          </select>
        </label>
      </ActionForm>
    </>
  );
}
