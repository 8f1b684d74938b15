const ORIGIN = "http://app.invalid";

/**
 * A path on this site to go to after sign-in, or "/" when `value` could lead anywhere else. Browsers read "\" as
 * "/", drop tabs and newlines inside URLs and decode "%2F" in some places, so a value holding any of these, a
 * control character, or starting with "//" is refused outright rather than repaired; what remains must resolve to
 * this origin.
 */
export function safeRedirectPath(value: unknown): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//")) return "/";
  if (/[\\\u0000-\u001f\u007f\s]/.test(value)) return "/";
  let decoded: string;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return "/";
  }
  if (decoded.startsWith("//") || /[\\\u0000-\u001f\u007f]/.test(decoded)) return "/";
  const url = new URL(value, ORIGIN);
  return url.origin === ORIGIN ? url.pathname + url.search + url.hash : "/";
}
