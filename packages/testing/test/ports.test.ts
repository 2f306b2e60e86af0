import { connect, createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { ephemeralPorts, freePort, takenPort } from "../src/ports.js";

describe("freePort", () => {
  it("picks a bindable port below the ephemeral range, which listen(0) and outgoing connections never get", async () => {
    const { low, high } = ephemeralPorts();
    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));
    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(10_000);
      expect(port).toBeLessThan(low);
      await (await takenPort(port)).release();
    }
    // What the kernel hands out by itself comes from the range, so it can never be one of ours.
    const kernels = await takenPort();
    const outgoing = connect(kernels.port, "127.0.0.1");
    await new Promise<void>((resolve) => outgoing.once("connect", () => resolve()));
    for (const kernelPort of [kernels.port, outgoing.localPort!]) {
      expect(kernelPort).toBeGreaterThanOrEqual(low);
      expect(kernelPort).toBeLessThanOrEqual(high);
    }
    outgoing.destroy();
    await kernels.release();
  });

  it("skips a port something listens on", async () => {
    const { low } = ephemeralPorts();
    // Fifty ports held by others: the one picked is none of them, and can be bound.
    const held = await Promise.all(Array.from({ length: 50 }, () => freePort().then((port) => takenPort(port))));
    const port = await freePort();
    expect(held.map((taken) => taken.port)).not.toContain(port);
    expect(port).toBeLessThan(low);
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
    await new Promise((resolve) => server.close(resolve));
    await Promise.all(held.map((taken) => taken.release()));
  });
});
