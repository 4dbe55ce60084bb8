import type { Metadata } from "next";
import { PosLoginScreen } from "../../features/auth/pos-login-screen";

export const metadata: Metadata = { title: "登录" };

export default function LoginPage() {
  return <PosLoginScreen />;
}
