/**
 * One subgraph in a process of its own, started the way its server.ts starts it, that counts
 * the SQL statements its requests run and tells its parent over IPC: `process.send` of
 * `{ ready: url }` once it listens, and `{ statements, relayStatements }` for every "statements"
 * message, and `{ subscriptions }` (open GraphQL subscriptions) for every "subscriptions" message.
 * The outbox relay's own statements (its lock, reads and marks) are counted apart: they are not
 * a request's. Used by the checkout scenario (`SUBGRAPH=<name>` plus the subgraph's usual env).
 */
import { writeFileSync } from "node:fs";
import { createLogger } from "@shopgraph/platform";
import { loadSubgraphPackage } from "../../scripts/dist/supergraph.js";

const RELAY_STATEMENT = /pg_try_advisory_xact_lock|from "outbox"|update "outbox"/;

const name = process.env["SUBGRAPH"];
if (!name || !process.send) throw new Error("run with SUBGRAPH=<name> as a child process with an IPC channel");
const subgraph = await loadSubgraphPackage(name);
let statements = 0;
let relayStatements = 0;
/** With BENCH_SQL_LOG=<prefix>: how often each statement text ran, written to <prefix>-<subgraph>.txt at exit. */
const sqlLog = process.env["BENCH_SQL_LOG"];
const texts = new Map<string, number>();
const running = await subgraph.start(subgraph.readConfig(process.env), {
  log: createLogger(name, process.env["LOG_LEVEL"] ?? "warn"),
  onQuery: (sql) => {
    if (sqlLog) texts.set(sql, (texts.get(sql) ?? 0) + 1);
    if (RELAY_STATEMENT.test(sql)) relayStatements += 1;
    else statements += 1;
  },
});
process.on("message", (message) => {
  if (message === "statements") process.send?.({ statements, relayStatements });
  if (message === "subscriptions") {
    const live = (running as { subscriptions?: { subscriptions(): number } }).subscriptions;
    process.send?.({ subscriptions: live?.subscriptions() ?? 0 });
  }
});
process.once("SIGTERM", () => {
  if (sqlLog) {
    const counts = [...texts].sort((a, b) => b[1] - a[1]);
    writeFileSync(
      `${sqlLog}-${name}.txt`,
      counts.map(([text, n]) => `${n}\t${text.replace(/\s+/g, " ")}`).join("\n") + "\n",
    );
  }
  void running.close().finally(() => process.exit(0));
});
process.send({ ready: running.url });
