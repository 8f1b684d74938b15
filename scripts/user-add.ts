// npm run user:add -- --login NAME --role admin|member [--name "Display Name"]
// Reads the password from standard input (first line), so it never appears in the shell history or process list.
import { parseArgs } from "node:util";
import { z } from "zod";
import { recordAudit } from "@/db/audit";
import { openDatabase } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { getUserByLogin, insertUser } from "@/db/queries/users";
import { checkNewPassword, hashPassword } from "@/lib/auth/password";

const argsSchema = z.object({
  login: z.string().regex(/^[a-z0-9._-]{2,40}$/i, "--login must be 2 to 40 letters, digits, dots, hyphens or underscores"),
  role: z.enum(["admin", "member"], "--role must be admin or member"),
  name: z.string().optional(),
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

async function readFirstLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write("Password: ");
  let input = "";
  for await (const chunk of process.stdin) {
    input += String(chunk);
    if (input.includes("\n")) break;
  }
  return input.split(/\r?\n/)[0] ?? "";
}

const { values } = parseArgs({ options: { login: { type: "string" }, role: { type: "string", default: "member" }, name: { type: "string" } } });
const parsed = argsSchema.safeParse(values);
if (!parsed.success) fail(parsed.error.issues.map((issue) => issue.message).join("; "));
const { login, role, name } = parsed.data;

const password = await readFirstLine();
const refusal = checkNewPassword(password, login);
if (refusal) fail(`${refusal} (The password is read from standard input.)`);

const db = openDatabase();
runMigrations(db);
if (getUserByLogin(db, { login })) fail(`The login "${login}" is taken.`);
const passwordHash = await hashPassword(password);
db.transaction(
  (tx) => {
    const user = insertUser(tx, { login, displayName: name ?? login, passwordHash, role });
    recordAudit(tx, { actorId: null, projectId: null, entity: "user", entityId: user.id, action: "create", after: { login, role } });
  },
  { behavior: "immediate" },
);
console.log(`Created ${role} account "${login}".`);
