/** What a request without a live session is told, and what the coding screen shows for it: one wording for both. */
export const SIGN_IN_FIRST_MESSAGE = "Sign in first.";
export const ACCOUNT_DISABLED_MESSAGE =
  "Your account has been disabled by an administrator, so nothing more can be saved. Ask them to enable it; what is not saved stays on this screen until you close it.";
