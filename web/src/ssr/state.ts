import type { NormalizedCacheObject } from "@apollo/client";
import { scriptJson } from "./escape";

/** The element holding the server's Apollo cache: data, not code (type application/json), so the CSP allows it. */
const APOLLO_STATE_ID = "apollo-state";

export function stateScript(state: NormalizedCacheObject): string {
  return `<script type="application/json" id="${APOLLO_STATE_ID}">${scriptJson(state)}</script>`;
}

/** The cache a server-rendered page came with; undefined on a page rendered in the browser alone. */
export function readServerState(): NormalizedCacheObject | undefined {
  const text = document.getElementById(APOLLO_STATE_ID)?.textContent;
  return text ? (JSON.parse(text) as NormalizedCacheObject) : undefined;
}
