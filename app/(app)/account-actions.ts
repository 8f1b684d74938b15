"use server";

import { z } from "zod";
import { getDb } from "@/db/client";
import { deleteSessionsOfUser } from "@/db/queries/sessions";
import { signedIn } from "@/server/authorize";
import { serverAction } from "@/server/server-action";

export const signOutEverywhere = serverAction(z.object({}), signedIn, (_input, { user }) => {
  deleteSessionsOfUser(getDb(), { userId: user.id });
  return "Signed out on every device.";
});
