import { z } from "zod";
import { checkNewPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";

const id = z.coerce.number().int().positive();
/** A form field sent once (a string) or several times (an array), as checkboxes are. */
const idList = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(id));
const password = z.string().min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`);

export const createUserSchema = z.object({
  login: z
    .string()
    .trim()
    .regex(/^[a-z0-9._-]{2,40}$/i, "The login is 2 to 40 letters, digits, dots, hyphens or underscores."),
  displayName: z.string().trim().min(1, "Give the person's name.").max(100),
  // Judged with the login below, so that a short password gets one message, not two.
  password: z.string(),
  role: z.enum(["admin", "member"]),
}).superRefine(({ login, password }, context) => {
  const refusal = checkNewPassword(password, login);
  if (refusal) context.addIssue({ code: "custom", message: refusal, path: ["password"] });
});
export const setUserDisabledSchema = z.object({ userId: id, disabled: z.enum(["true", "false"]).transform((v) => v === "true") });
export const resetPasswordSchema = z.object({ userId: id, password });
export const createProjectSchema = z.object({
  name: z.string().trim().min(1, "Give the project a name.").max(200),
  description: z.string().trim().max(2000).default(""),
});
export const memberSchema = z.object({ projectId: id, userId: id, role: z.enum(["supervisor", "coder"]) });
export const removeMemberSchema = z.object({ projectId: id, userId: id });
export const assignDocumentSchema = z.object({ projectId: id, documentId: id, coderId: id });
export const assignAllSchema = z.object({ projectId: id, coderIds: idList.refine((ids) => ids.length > 0, "Choose at least one coder.") });
