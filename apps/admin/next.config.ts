import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages ship TypeScript sources.
  transpilePackages: ["@o2o/client", "@o2o/schema", "@o2o/domain"],
  // No remote images: product images will be served through our own origin when they arrive.
  images: { remotePatterns: [] },
};

export default nextConfig;
