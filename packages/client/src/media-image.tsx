"use client";

import { type ReactNode, useState } from "react";
import { mediaUrl } from "./api-config";

/**
 * A product image from the API (an upload on the API's origin or a path of the app itself), or `fallback` when there
 * is none or it fails to load, so a missing file never shows a broken-image icon.
 */
export function MediaImage({
  url,
  alt,
  className,
  fallback,
}: {
  url: string | null | undefined;
  alt: string;
  className?: string;
  fallback: ReactNode;
}) {
  const [failed, setFailed] = useState<string | null>(null);
  if (!url || failed === url) return <>{fallback}</>;
  return <img src={mediaUrl(url)} alt={alt} className={className} loading="lazy" decoding="async" onError={() => setFailed(url)} />;
}
