import { spawn } from "node:child_process";
import { once } from "node:events";
import { request } from "node:http";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SERVICE = fileURLToPath(new URL("./fixtures/slow-service.mjs", import.meta.url));

/** The fixture service as a process; resolves once it listens, with its port. */
async function startService(env: Record<string, string>) {
  const child = spawn(process.execPath, [SERVICE], {
    env: { PATH: process.env["PATH"], ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit") as Promise<[number | null, NodeJS.Signals | null]>;
  const port = await Promise.race([
    (async () => {
      while (!/^\d+\n/.test(output)) await new Promise((resolve) => setTimeout(resolve, 20));
      return Number(output.split("\n")[0]);
    })(),
    exited.then(([code]) => {
      throw new Error(`exited with ${code}: ${output}`);
    }),
  ]);
  return { child, port, exited, output: () => output };
}

/** One request on a connection of its own: status, body and the Connection header. */
function get(port: number, path: string) {
  return new Promise<{ status: number; body: string; connection: string | undefined }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("a service stopped with SIGTERM", () => {
  it("drains: keeps answering with Connection: close and /ready 503, finishes what is in flight, then stops accepting and exits 0", async () => {
    const service = await startService({ SHUTDOWN_DRAIN_MS: "1000", SLOW_MS: "1500" });
    expect((await get(service.port, "/ready")).status).toBe(200);
    const inFlight = get(service.port, "/slow");
    await new Promise((resolve) => setTimeout(resolve, 100));
    service.child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(await get(service.port, "/ready")).toEqual({
      status: 503,
      body: JSON.stringify({ status: "unavailable", unavailable: ["draining"] }),
      connection: "close",
    });
    expect(await get(service.port, "/health")).toEqual({ status: 200, body: '{"status":"ok"}', connection: "close" });
    // Started before the drain and outlasting it: it still gets its answer.
    expect(await inFlight).toMatchObject({ status: 200, body: "done" });
    expect(await service.exited).toEqual([0, null]);
    await expect(get(service.port, "/health")).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it("refuses a malformed SHUTDOWN_DRAIN_MS at start with one line naming it", async () => {
    await expect(startService({ SHUTDOWN_DRAIN_MS: "soon", SLOW_MS: "0" })).rejects.toThrow(
      /exited with 1: .*SHUTDOWN_DRAIN_MS/,
    );
  });
});
