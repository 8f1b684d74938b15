/**
 * The address a request came from. The connection's own address, unless `trustedProxies` proxies stand in front of
 * the app: each appends the address it received the request from to X-Forwarded-For, so the client is the entry
 * that many places from the right (counting the connection's address). Anything further left was written by the
 * client itself and is never believed.
 */
export function clientAddress(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string {
  const direct = socketAddress ?? "unknown";
  if (trustedProxies <= 0) return direct;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const hops = [
    ...header
      .split(",")
      .map((hop) => hop.trim())
      .filter(Boolean),
    direct,
  ];
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]!;
}

/** TRUST_PROXY as a count of proxies: unset, empty or not a whole number means none. */
export function parseTrustProxy(value: string | undefined): number {
  const count = Number(value);
  return value && Number.isInteger(count) && count > 0 ? count : 0;
}
