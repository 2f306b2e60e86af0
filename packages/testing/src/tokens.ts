import { randomUUID } from "node:crypto";
import { Role } from "@shopgraph/kernel";
import { signAccessToken } from "@shopgraph/platform";
import { signServiceToken } from "@shopgraph/subgraph";
import { testKeys } from "./keys.js";

/**
 * An access token as the users subgraph would sign it, for testing another subgraph on its own.
 * Defaults to a new CUSTOMER.
 */
export function testAccessToken(
  claims: { userId?: string; role?: Role; sessionId?: string; sessionVersion?: number } = {},
): string {
  return signAccessToken(
    testKeys().jwtPrivateKey,
    "shopgraph",
    {
      userId: claims.userId ?? randomUUID(),
      role: claims.role ?? Role.CUSTOMER,
      sessionId: claims.sessionId ?? randomUUID(),
      sessionVersion: claims.sessionVersion ?? 0,
    },
    900,
  );
}

export function testServiceToken(service = "test"): string {
  const keys = testKeys();
  return signServiceToken(
    { jwtPublicKey: keys.jwtPublicKey, serviceTokenSecret: keys.serviceTokenSecret, jwtIssuer: "shopgraph" },
    service,
  );
}
