import { randomUUID } from "node:crypto";
import bcrypt from "bcryptjs";
import { COMMON_PASSWORDS } from "./common-passwords";

const COST = 10;

/** Length is what makes a password hard to guess; no composition rules (NIST SP 800-63B, 5.1.1.2). */
export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let unknownLoginHash: Promise<string> | undefined;

/**
 * Checks a password against an account's hash, or, when there is no account, against a real hash of the same cost
 * that nothing matches: an unknown login then takes as long as a known one, so timing does not reveal which exist.
 */
export async function verifyPasswordOrPretend(password: string, hash: string | undefined): Promise<boolean> {
  unknownLoginHash ??= hashPassword(randomUUID());
  const matches = await verifyPassword(password, hash ?? (await unknownLoginHash));
  return hash !== undefined && matches;
}

/** Why a new password is refused, or null when it will do. */
export function checkNewPassword(password: string, login: string): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  const folded = password.toLowerCase();
  if (folded.includes(login.toLowerCase())) return "The password must not contain the login.";
  if (COMMON_PASSWORDS.has(folded)) return "This password is among the most common ones; choose another.";
  return null;
}
