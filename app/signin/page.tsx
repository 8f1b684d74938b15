import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { countActiveUsersByLogins } from "@/db/queries/users";
import { DEMO_LOGINS } from "@/db/seed/seed-demo";
import { safeRedirectPath } from "@/lib/auth/safe-redirect-path";
import { SignInForm } from "@/components/sign-in-form";
import { getSessionUser } from "@/server/session-user";

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getSessionUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  // Only a path on this site, so the form cannot be used to send people elsewhere.
  const next = safeRedirectPath(callbackUrl);
  const demo = countActiveUsersByLogins(getDb(), { logins: DEMO_LOGINS }) > 0;

  return (
    <main className="signin">
      <h1>Testimony Coder</h1>
      {demo && (
        <p className="notice" role="note">
          <strong>Demo instance.</strong> Demo accounts exist (admin, supervisor, coder1–coder3, password <code>demo</code>). Do not
          store real statements here until an administrator has disabled them.
        </p>
      )}
      <SignInForm next={next} />
    </main>
  );
}
