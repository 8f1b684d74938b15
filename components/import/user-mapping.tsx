import type { FileUser } from "./read-file-users";

type Coder = { userId: number; login: string };

/**
 * Who each user of a REFI-QDA file is: a coder of the project, or a new account named after the user and the tool,
 * disabled until an administrator enables it. A file's user is never matched to an account by name.
 */
export function UserMapping({ file, users, coders, mapping, onChange }: {
  file: string;
  users: FileUser[];
  coders: Coder[];
  mapping: Record<string, number>;
  onChange: (mapping: Record<string, number>) => void;
}) {
  return (
    <fieldset>
      <legend>Users of {file}</legend>
      {users.map((user) => (
        <label key={user.guid} style={{ display: "block" }}>
          {user.name} is{" "}
          <select
            aria-label={`Account for ${user.name}`}
            value={mapping[user.guid] ?? ""}
            onChange={(event) => {
              const next = { ...mapping };
              if (event.target.value === "") delete next[user.guid];
              else next[user.guid] = Number(event.target.value);
              onChange(next);
            }}
          >
            <option value="">a new account (disabled)</option>
            {coders.map((coder) => (
              <option key={coder.userId} value={coder.userId}>
                {coder.login}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
