import { T } from "@o2o/client";
import { Icon } from "./icons";

/** A server-rendered page whose API read failed: unreachable, or answered with an error. */
export function ApiNotice({ kind, href, detail }: { kind: "unavailable" | "error"; href: string; detail?: string }) {
  return (
    <div className="container page">
      <div className="notice" role="alert">
        <span className="notice-icon">
          <Icon name="cloudOff" size={28} />
        </span>
        <h3>
          <T k={kind === "unavailable" ? "home.unavailableTitle" : "home.errorTitle"} />
        </h3>
        <p>
          <T k={kind === "unavailable" ? "home.unavailableBody" : "home.errorBody"} />
        </p>
        {detail ? (
          <details className="notice-detail">
            <summary>
              <T k="error.details" />
            </summary>
            <code>{detail}</code>
          </details>
        ) : null}
        <a className="btn btn-outline" href={href}>
          <T k="home.reload" />
        </a>
      </div>
    </div>
  );
}
