"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { bumpTokenVersion } from "@/db/queries/users";
import { signedIn } from "@/server/authorize";
import { serverAction } from "@/server/server-action";

export const signOutEverywhere = serverAction(z.object({}), signedIn, (_input, { user }) => {
  bumpTokenVersion(getDb(), { id: user.id });
  return "Signed out on every device.";
});
