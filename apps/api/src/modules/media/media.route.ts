import { pipeline } from "node:stream/promises";
import express, { type NextFunction, type Request, type Response, Router } from "express";
import type { GraphQLError } from "graphql";
import type { RequestAudit } from "../../audit/request-audit.ts";
import { bearer } from "../../auth/tokens.ts";
import { authz, type Viewer } from "../../auth/viewer.ts";
import type { RawSql } from "../../db/sql-client.ts";
import { httpErrorBody } from "../../errors/api-errors.ts";
import { ErrorCode } from "../../errors/error-codes.ts";
import { sniffImageType } from "./image-type.ts";
import { MAX_MEDIA_BYTES, MEDIA_PATH, type MediaStore } from "./media-store.ts";

/** Stable codes of a refused upload, beside the API's UNAUTHENTICATED and FORBIDDEN. Never rename one. */
export const MediaErrorCode = {
  MEDIA_TOO_LARGE: "MEDIA_TOO_LARGE",
  MEDIA_TYPE_NOT_ALLOWED: "MEDIA_TYPE_NOT_ALLOWED",
} as const;

/** Uploads never change: a year in every cache, and never revalidated. */
const IMMUTABLE = "public, max-age=31536000, immutable";

type Locals = { viewer: Viewer };

/**
 * POST /media: the request body is the image's bytes (any Content-Type; the bytes decide). Staff with catalog:write
 * only, with the GraphQL bearer token; the token is checked before the body is read. Answers 201 with
 * `{ url, key, contentType, size }`; the url can then be attached to a product with setProductImages.
 * GET /media/<sha256>.<ext>: the stored bytes, cacheable forever.
 */
export function mediaRouter(deps: {
  store: MediaStore;
  db: RawSql;
  auth: { viewerFromToken(token: string | null): Promise<Viewer | null> };
  audit: (req: Request, viewer: Viewer) => RequestAudit;
  log: (e: unknown) => void;
}): Router {
  const router = Router();

  const authorise = async (req: Request, res: Response<unknown, Locals>, next: NextFunction) => {
    const viewer = await deps.auth.viewerFromToken(bearer(req.headers.authorization)).catch(() => null);
    try {
      authz.require(viewer, "catalog:write");
    } catch (error) {
      const code = String((error as GraphQLError).extensions?.code);
      res.status(code === ErrorCode.UNAUTHENTICATED ? 401 : 403).json(httpErrorBody(code, (error as Error).message));
      return;
    }
    res.locals.viewer = viewer as Viewer;
    next();
  };

  const tooLarge = (res: Response) =>
    res.status(413).json(
      httpErrorBody(MediaErrorCode.MEDIA_TOO_LARGE, `The file is larger than ${MAX_MEDIA_BYTES / 1024 / 1024} MB.`, {
        maxBytes: MAX_MEDIA_BYTES,
      }),
    );

  router.post(
    MEDIA_PATH,
    authorise,
    express.raw({ type: () => true, limit: MAX_MEDIA_BYTES }),
    async (req: Request, res: Response<unknown, Locals>) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const type = sniffImageType(bytes);
      if (!type) {
        res.status(415).json(httpErrorBody(MediaErrorCode.MEDIA_TYPE_NOT_ALLOWED, "Only JPEG, PNG, WebP and GIF images can be uploaded."));
        return;
      }
      const stored = await deps.store.put(bytes, type);
      await deps.audit(req, res.locals.viewer).record(deps.db, {
        action: "media.upload",
        entityType: "Media",
        entityId: stored.key,
        after: { url: stored.url, contentType: type.mime, size: stored.size },
      });
      res.status(201).json({ url: stored.url, key: stored.key, contentType: type.mime, size: stored.size });
    },
  );

  router.get(`${MEDIA_PATH}/:key`, async (req, res) => {
    const media = await deps.store.open(String(req.params.key));
    if (!media) {
      res.status(404).json(httpErrorBody(ErrorCode.NOT_FOUND, "No such media."));
      return;
    }
    const etag = `"${String(req.params.key).split(".")[0]}"`;
    res.set({
      "Content-Type": media.type.mime,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": IMMUTABLE,
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cross-Origin-Resource-Policy": "cross-origin",
      ETag: etag,
    });
    if (req.headers["if-none-match"] === etag) {
      media.stream.destroy();
      res.status(304).end();
      return;
    }
    res.set("Content-Length", String(media.size));
    await pipeline(media.stream, res).catch((error: unknown) => {
      if (!res.headersSent) deps.log(error);
    });
  });

  // A body past the limit: the parser drains it (so the client reads the answer) and nothing is stored.
  router.use(MEDIA_PATH, (err: { type?: string }, _req: Request, res: Response, next: NextFunction) => {
    if (err.type === "entity.too.large") return void tooLarge(res);
    next(err);
  });
  return router;
}
