import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // piscina starts its worker from its own files, and the worker loads ours from source: neither can be bundled.
  serverExternalPackages: ["better-sqlite3", "piscina"],
  // forbidden() renders app/forbidden.tsx with status 403 for a member whose role does not allow a page.
  experimental: { authInterrupts: true },
  headers: async () => [
    {
      source: "/:path*",
      headers: [
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "same-origin" },
        { key: "X-Frame-Options", value: "DENY" },
      ],
    },
  ],
};

export default nextConfig;
