import { T } from "@o2o/client";
import type { MessageKey } from "../../i18n/messages";

export function PageTitle({ k }: { k: MessageKey }) {
  return (
    <h1 className="page-title">
      <T k={k} />
    </h1>
  );
}
