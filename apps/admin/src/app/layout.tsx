import { RuntimeConfigScript } from "@o2o/client/server-config";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppProviders } from "../components/app-providers";
import "./globals.css";
import "./console.css";

export const metadata: Metadata = {
  title: { default: "鲜衣坊 · 商户后台", template: "%s · 鲜衣坊商户后台" },
  description: "鲜衣坊商户后台：商品、库存、订单、会员与营销。",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1f2a44" };

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
