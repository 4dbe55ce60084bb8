import { RuntimeConfigScript } from "@o2o/client/server-config";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppProviders } from "../components/app-providers";
import "./globals.css";
import "./till.css";

export const metadata: Metadata = {
  title: { default: "鲜衣坊收银", template: "%s · 鲜衣坊收银" },
  description: "鲜衣坊门店收银台",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#f4f5f7" };

// Per request: the runtime configuration (API location) is read from the environment when the page is served.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <RuntimeConfigScript />
      </head>
      <body>
        <AppProviders>{children}</AppProviders>
      </body>
    </html>
  );
}
