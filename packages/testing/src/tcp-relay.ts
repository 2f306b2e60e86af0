import { Socket } from "node:net";

/**
 * Pipes an accepted client connection to `port` on `host` both ways; both sockets are tracked in
 * `sockets` while open (so their proxy can cut them) and destroyed together when either ends.
 */
export function relayConnection(client: Socket, port: number, host: string, sockets: Set<Socket>): void {
  const upstream = new Socket();
  sockets.add(client).add(upstream);
  const forget = () => {
    sockets.delete(client);
    sockets.delete(upstream);
    client.destroy();
    upstream.destroy();
  };
  client.on("close", forget).on("error", forget);
  upstream.on("close", forget).on("error", forget);
  upstream.connect(port, host, () => client.pipe(upstream).pipe(client));
}
