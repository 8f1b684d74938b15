"use client";

import { signOut } from "next-auth/react";
import { signOutEverywhere } from "@/app/(app)/account-actions";

export function SignOutButtons() {
  async function everywhere() {
    await signOutEverywhere({}, new FormData());
    await signOut({ callbackUrl: "/signin" });
  }

  return (
    <span className="inline">
      <button type="button" className="secondary" onClick={() => signOut({ callbackUrl: "/signin" })}>
        Sign out
      </button>{" "}
      <button type="button" className="secondary" onClick={everywhere} title="End the sessions of this account on every device">
        Sign out everywhere
      </button>
    </span>
  );
}
