/** A signed-in client: `send` carries its cookies and, as a browser's same-origin request does, its Origin. */
export type Session = { login: string; send: (path: string, init?: RequestInit) => Promise<Response> };

const SESSION_COOKIE = "next-auth.session-token";

/**
 * Signs in as the sign-in form does through next-auth 4's credentials provider: GET /api/auth/csrf for the CSRF
 * cookie and token, then POST /api/auth/callback/credentials with the form fields `login` and `password` and
 * json=true, keeping the session cookie it sets. Throws, naming the account, when no session comes back.
 */
export async function signIn(base: string, login: string, password: string): Promise<Session> {
  const cookies = new Map<string, string>();
  const send = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set("origin", base);
    if (cookies.size > 0) headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(`${base}${path}`, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const equals = pair.indexOf("=");
      if (equals > 0) cookies.set(pair.slice(0, equals).trim(), pair.slice(equals + 1).trim());
    }
    return response;
  };

  const csrf = await send("/api/auth/csrf");
  if (!csrf.ok) throw new Error(`sign-in of ${login}: GET /api/auth/csrf answered ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, login, password, callbackUrl: `${base}/documents`, json: "true" });
  const callback = await send("/api/auth/callback/credentials", { method: "POST", body: form });
  const answer = await callback.text();
  if (!cookies.get(SESSION_COOKIE)) throw new Error(`sign-in of ${login} failed: ${callback.status} ${answer.slice(0, 300)}`);
  const session = await send("/api/auth/session");
  if (!session.ok || !(await session.text()).includes(login)) throw new Error(`sign-in of ${login}: /api/auth/session does not show the account`);
  return { login, send };
}
