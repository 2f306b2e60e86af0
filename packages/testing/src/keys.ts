import { generateKeyPairSync, randomBytes } from "node:crypto";

export interface TestKeys {
  jwtPrivateKey: string;
  jwtPublicKey: string;
  serviceTokenSecret: string;
  /** REQUEST_SIGNING_SECRET: the test clients sign every request to a subgraph with it. */
  requestSigningSecret: string;
}

let keys: TestKeys | undefined;

/** One ES256 key pair and service secret per test process: the same trust setup as production. */
export function testKeys(): TestKeys {
  keys ??= (() => {
    const { privateKey, publicKey } = generateKeyPairSync("ec", {
      namedCurve: "P-256",
      privateKeyEncoding: { type: "pkcs8", format: "pem" },
      publicKeyEncoding: { type: "spki", format: "pem" },
    });
    return {
      jwtPrivateKey: privateKey,
      jwtPublicKey: publicKey,
      serviceTokenSecret: randomBytes(32).toString("hex"),
      requestSigningSecret: randomBytes(32).toString("hex"),
    };
  })();
  return keys;
}
