import { T } from "@o2o/client";
import { RuntimeConfigScript } from "@o2o/client/server-config";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AppProviders } from "../components/app-providers";
import { SiteHeader } from "../features/shell/site-header";
import "./globals.css";
import "./shop.css";
import "./member.css";

export const metadata: Metadata = {
  title: { default: "鲜衣坊 · 好衣好物，门店自提", template: "%s · 鲜衣坊" },
  description: "鲜衣坊线上商城：服装、鞋包、零食饮品，线上下单，门店自提。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#e8432e" };

// Per request: the runtime configuration (API location) is read from the environment when the page is served.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <RuntimeConfigScript />
      </head>
      <body>
        <AppProviders>
          <SiteHeader />
          <main id="main" className="site-main">
            {children}
          </main>
          <footer className="site-footer">
            <T k="footer.text" />
          </footer>
        </AppProviders>
      </body>
    </html>
  );
}
