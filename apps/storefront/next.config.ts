import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // No remote images: product images will be served through our own origin when they arrive.
  images: { remotePatterns: [] },
};

export default nextConfig;
