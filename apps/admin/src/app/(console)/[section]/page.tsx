import { notFound } from "next/navigation";
import { SectionOverview } from "../../../features/shell/section-overview";
import { NAV_ITEMS } from "../../../features/shell/nav";

// Modules whose screens come in later issues; each gets an overview page so the navigation never leads to a 404.
const SECTIONS = NAV_ITEMS.filter((item) => item.description);

export const dynamicParams = false;

export function generateStaticParams() {
  return SECTIONS.map((item) => ({ section: item.href.slice(1) }));
}

export default async function SectionPage({ params }: { params: Promise<{ section: string }> }) {
  const { section } = await params;
  const item = SECTIONS.find((s) => s.href === `/${section}`);
  if (!item) notFound();
  return <SectionOverview item={item} />;
}
