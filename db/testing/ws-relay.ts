import net from "node:net";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";

/**
 * A WebSocket-to-TCP relay on loopback: what Neon's proxy does in front of its PostgreSQL.
 * Neon's serverless Pool speaks the PostgreSQL protocol over a WebSocket, so this lets the
 * Neon branch of the client run against the local server in tests.
 */
export interface Relay {
  /** host:port to give as NEON_LOCAL_WS_PROXY. */
  address: string;
  close(): Promise<void>;
}

export async function startWsRelay(): Promise<Relay> {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  const sockets = new Set<net.Socket>();
  server.on("connection", (ws: WebSocket, request) => {
    const target = new URL(request.url ?? "/", "http://relay").searchParams.get("address") ?? "";
    const [host, port] = target.split(":");
    if (!host || !port) {
      ws.close(1008, "address query parameter required");
      return;
    }
    const tcp = net.connect({ host, port: Number(port) });
    sockets.add(tcp);
    const pending: Buffer[] = [];
    let connected = false;
    tcp.on("connect", () => {
      connected = true;
      for (const chunk of pending.splice(0)) tcp.write(chunk);
    });
    ws.on("message", (data: Buffer) => {
      if (connected) tcp.write(data);
      else pending.push(data);
    });
    tcp.on("data", (chunk) => ws.readyState === ws.OPEN && ws.send(chunk));
    tcp.on("close", () => {
      sockets.delete(tcp);
      ws.close();
    });
    tcp.on("error", () => ws.close());
    ws.on("close", () => tcp.destroy());
    ws.on("error", () => tcp.destroy());
  });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
