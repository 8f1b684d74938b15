// The web server `npm start` runs: Next.js behind a plain Node HTTP server, so the app learns the address each
// request came from. Next keeps an X-Forwarded-For the client sent, and the app cannot see the connection; here the
// header is replaced with the one address to believe (lib/auth/client-address.ts), which the sign-in throttle keys on.
// Usage: node scripts/serve.mjs [--dev]; reads PORT and TRUST_PROXY.
import { createServer } from "node:http";
import next from "next";
import { tsImport } from "tsx/esm/api";

const { clientAddress, parseTrustProxy } = await tsImport("../lib/auth/client-address.ts", import.meta.url);

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const trustedProxies = parseTrustProxy(process.env.TRUST_PROXY);

const app = next({ dev, port });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  request.headers["x-forwarded-for"] = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
  void handle(request, response);
}).listen(port, () => {
  console.log(`Serving on http://localhost:${port}${trustedProxies ? ` behind ${trustedProxies} trusted prox${trustedProxies === 1 ? "y" : "ies"}` : ""}.`);
});
