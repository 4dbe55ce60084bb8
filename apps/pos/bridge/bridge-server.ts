import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { drawerKickBytes, renderReceipt } from "../src/features/hardware/escpos/receipt-render";
import type { BridgeConfig } from "./bridge-config";
import { PrinterUnreachable, probePrinter, sendToPrinter } from "./printer-link";
import { checkReceipt } from "./receipt-check";

const MAX_BODY = 512 * 1024;
const JOURNAL_SIZE = 50;

/** What the bridge did, newest last: a failed print can be seen and reprinted, never silently lost. */
export type JobRecord = {
  id: string;
  at: string;
  kind: "print" | "drawer";
  number: string | null;
  bytes: number;
  ok: boolean;
  error: string | null;
};

export type BridgeServer = { server: Server; journal: JobRecord[]; listen: () => Promise<number>; close: () => Promise<void> };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error("body too large"));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/**
 * The till's hardware bridge: a small HTTP service on localhost that the POS page calls (CORS for the POS origin).
 * POST /print {receipt, openDrawer} renders a ReceiptDoc to ESC/POS and sends it to the network printer; POST /drawer
 * pulses the cash drawer through the printer; GET /status says whether the printer answers; GET /jobs lists recent jobs.
 */
export function createBridgeServer(config: BridgeConfig): BridgeServer {
  const journal: JobRecord[] = [];
  const record = (job: JobRecord) => {
    journal.push(job);
    if (journal.length > JOURNAL_SIZE) journal.shift();
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    res.end(JSON.stringify(body));
  };

  const cors = (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin?.replace(/\/$/, "");
    if (!origin) return true; // not a browser page (curl, health checks)
    const allowed = config.allowedOrigins.includes("*") || config.allowedOrigins.includes(origin);
    if (!allowed) return false;
    res.setHeader("access-control-allow-origin", origin);
    res.setHeader("vary", "origin");
    res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
    res.setHeader("access-control-allow-headers", "content-type");
    // Chrome's Private Network Access: a page may call localhost only when the service says so.
    if (req.headers["access-control-request-private-network"] === "true") res.setHeader("access-control-allow-private-network", "true");
    return true;
  };

  const print = async (kind: JobRecord["kind"], number: string | null, bytes: Buffer, res: ServerResponse) => {
    const job: JobRecord = { id: randomUUID(), at: new Date().toISOString(), kind, number, bytes: bytes.length, ok: false, error: null };
    try {
      await sendToPrinter(config.printerHost, config.printerPort, bytes, config.printerTimeoutMs);
      job.ok = true;
      record(job);
      send(res, 200, { ok: true, jobId: job.id, bytes: bytes.length });
    } catch (error) {
      job.error = error instanceof Error ? error.message : String(error);
      record(job);
      const unreachable = error instanceof PrinterUnreachable;
      send(res, unreachable ? 503 : 500, {
        ok: false,
        code: unreachable ? "PRINTER_UNREACHABLE" : "FAILED",
        message: job.error,
        jobId: job.id,
      });
    }
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!cors(req, res)) return send(res, 403, { ok: false, code: "FORBIDDEN_ORIGIN", message: "This origin may not use the bridge." });
    if (req.method === "OPTIONS") {
      res.writeHead(204);
      return res.end();
    }
    const path = new URL(req.url ?? "/", "http://bridge").pathname;
    if (req.method === "GET" && path === "/status") {
      const reachable = await probePrinter(config.printerHost, config.printerPort, Math.min(config.printerTimeoutMs, 2000));
      return send(res, 200, { ok: true, bridge: "up", printer: { host: config.printerHost, port: config.printerPort, reachable } });
    }
    if (req.method === "GET" && path === "/jobs") return send(res, 200, { jobs: journal });
    if (req.method === "POST" && (path === "/print" || path === "/drawer")) {
      let body: { receipt?: unknown; openDrawer?: unknown };
      try {
        body = JSON.parse((await readBody(req)) || "{}") as typeof body;
      } catch {
        return send(res, 400, { ok: false, code: "BAD_RECEIPT", message: "The body is not JSON." });
      }
      if (path === "/drawer") return print("drawer", null, drawerKickBytes(), res);
      const checked = checkReceipt(body.receipt);
      if (!checked.ok) return send(res, 400, { ok: false, code: "BAD_RECEIPT", message: checked.problem });
      return print("print", checked.doc.number, renderReceipt(checked.doc, { openDrawer: body.openDrawer === true }), res);
    }
    send(res, 404, { ok: false, code: "NOT_FOUND", message: `${req.method} ${path}` });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, code: "FAILED", message: error instanceof Error ? error.message : String(error) });
    });
  });

  return {
    server,
    journal,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(config.port, config.host, () => {
          const address = server.address();
          resolve(typeof address === "object" && address ? address.port : config.port);
        });
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
