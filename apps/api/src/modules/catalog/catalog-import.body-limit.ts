import express, { type NextFunction, type Request, type Response } from "express";
import { bearer } from "../../auth/tokens.ts";
import { authz, type Viewer } from "../../auth/viewer.ts";
import { MAX_IMPORT_BASE64 } from "./catalog-file.types.ts";

/** Every other request keeps the API's 1 MB body limit. */
const DEFAULT_LIMIT = 1024 * 1024;
/** The import's base64 plus the query and JSON framing. */
const IMPORT_LIMIT = MAX_IMPORT_BASE64 + 1024 * 1024;

/**
 * Mounted before the API's 1 MB JSON parser on /graphql: a body larger than 1 MB (a catalogue file for importCatalog)
 * is parsed with a 16 MB limit, but only for a signed-in staff member holding catalog:write, so nobody else can make
 * the server read and parse large bodies. The 1 MB parser then skips the already-read body; everyone else's large
 * body still meets it and gets 413.
 */
export function catalogImportBodyParser(auth: { viewerFromToken(token: string | null): Promise<Viewer | null> }) {
  const large = express.json({ limit: IMPORT_LIMIT });
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (req.method !== "POST" || !(length > DEFAULT_LIMIT) || length > IMPORT_LIMIT) return next();
    const viewer = await auth.viewerFromToken(bearer(req.headers.authorization)).catch(() => null);
    if (viewer?.kind === "STAFF" && authz.scopeOf(viewer, "catalog:write")) return large(req, res, next);
    next();
  };
}
