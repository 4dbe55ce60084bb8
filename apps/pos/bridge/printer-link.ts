import { Socket } from "node:net";

// A network receipt printer: raw bytes to TCP 9100 ("JetDirect"). One connection per job, closed when written.

export class PrinterUnreachable extends Error {}

export function sendToPrinter(host: string, port: number, bytes: Buffer, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const fail = (error: Error) => {
      socket.destroy();
      reject(new PrinterUnreachable(`${host}:${port}: ${error.message}`));
    };
    socket.setTimeout(timeoutMs, () => fail(new Error("timed out")));
    socket.once("error", fail);
    socket.connect(port, host, () => {
      socket.end(bytes, () => {
        socket.destroy();
        resolve();
      });
    });
  });
}

/** True when something accepts connections on the printer's port. */
export function probePrinter(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("error", () => done(false));
    socket.connect(port, host, () => done(true));
  });
}
