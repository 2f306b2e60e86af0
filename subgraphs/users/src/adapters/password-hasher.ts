import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/**
 * Password hashing with scrypt (memory-hard, in node:crypto, no native addon). The stored form
 * names its parameters, `scrypt$<log2 N>$<r>$<p>$<salt>$<key>`, so the cost can be raised later
 * without breaking existing hashes.
 *
 * Not domain code: every hash takes tens of milliseconds and 32 MiB on libuv's thread pool, is
 * salted at random and has a cost the operator sets, so the use cases get it handed in, as they
 * would any other service.
 */
const KEY_LENGTH = 32;

export interface ScryptCost {
  /** log2 of N; 15 (N = 32768, 32 MiB per hash) by default. */
  log2N: number;
  r: number;
  p: number;
}

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.log2N;
  const options: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export class PasswordHasher {
  private decoy: Promise<string> | undefined;

  constructor(private readonly cost: ScryptCost) {}

  async hash(password: string): Promise<string> {
    const salt = randomBytes(16);
    const key = await derive(password, salt, this.cost);
    return [
      "scrypt",
      this.cost.log2N,
      this.cost.r,
      this.cost.p,
      salt.toString("base64url"),
      key.toString("base64url"),
    ].join("$");
  }

  /**
   * Whether `password` is the one `stored` was made from. Without a stored hash (no such user) it
   * checks against a hash of a password nobody has, so "no such user" takes as long as "wrong
   * password", and answers false.
   */
  async verify(password: string, stored: string | undefined): Promise<boolean> {
    const matches = await verifyAgainst(password, stored ?? (await this.decoyHash()));
    return stored !== undefined && matches;
  }

  private decoyHash(): Promise<string> {
    this.decoy ??= this.hash(randomBytes(16).toString("hex"));
    return this.decoy;
  }
}

async function verifyAgainst(password: string, stored: string): Promise<boolean> {
  const [scheme, log2N, r, p, salt, key] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !key) return false;
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), {
    log2N: Number(log2N),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
