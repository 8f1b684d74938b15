"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";

const THROTTLED_ERROR = "throttled";

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { redirect: false, login: form.get("login"), password: form.get("password") });
    setPending(false);
    if (result?.ok && !result.error) {
      router.replace(next);
      router.refresh();
      return;
    }
    setError(
      result?.error === THROTTLED_ERROR
        ? "Too many failed attempts. Wait ten minutes, then try again."
        : "Wrong login or password, or the account is disabled.",
    );
  }

  return (
    // method="post": sent before the script has loaded, the form must not put the password in the address.
    <form className="stack panel" method="post" onSubmit={submit} aria-label="Sign in">
      <label>
        Login
        <input type="text" name="login" autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input type="password" name="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
