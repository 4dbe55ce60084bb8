import http from "node:http";

// Keep-alive sockets for the simulated tills: a real till holds one connection to the API.
const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

/**
 * POSTs JSON and parses the JSON answer over node:http. The tills of a benchmark share the machine with the API and
 * PostgreSQL, so their client must cost little: fetch (undici) spent ~1.1 ms of CPU per sale here, this ~0.4 ms, and
 * the difference was CPU taken from the server being measured.
 */
export function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(data),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString("utf8")) as T);
          } catch (error) {
            reject(error);
          }
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}
