/**
 * Which network addresses a webhook may be sent to. A partner's URL is attacker-controlled input:
 * without these rules an admin (or a stolen admin token) could make the server POST to its own
 * loopback services, the private network or a cloud metadata endpoint (SSRF).
 */

/** Addresses no webhook ever reaches, whatever the configuration: unspecified, link-local (cloud metadata), multicast, broadcast. */
const NEVER_V4: readonly Cidr[] = [
  cidr4("0.0.0.0", 8),
  cidr4("169.254.0.0", 16),
  cidr4("224.0.0.0", 4),
  cidr4("240.0.0.0", 4),
];
/** Reachable only with the development flag: loopback, RFC 1918, shared address space (RFC 6598). */
const PRIVATE_V4: readonly Cidr[] = [
  cidr4("127.0.0.0", 8),
  cidr4("10.0.0.0", 8),
  cidr4("172.16.0.0", 12),
  cidr4("192.168.0.0", 16),
  cidr4("100.64.0.0", 10),
  // Documentation, benchmarking and IETF ranges route nowhere public either.
  cidr4("192.0.0.0", 24),
  cidr4("198.18.0.0", 15),
];
const NEVER_V6: readonly Cidr[] = [cidr6("::", 128), cidr6("fe80::", 10), cidr6("ff00::", 8)];
const PRIVATE_V6: readonly Cidr[] = [cidr6("::1", 128), cidr6("fc00::", 7)];

export type AddressVerdict = "public" | "private" | "forbidden";

/**
 * `public`: any configuration may send there; `private`: only with the development flag
 * (loopback, RFC 1918, fc00::/7, 100.64/10); `forbidden`: never (0.0.0.0/8, ::, link-local with
 * 169.254.169.254, multicast) and anything that is not an IP address. IPv4 inside IPv6
 * (`::ffff:127.0.0.1`, NAT64 `64:ff9b::/96`, 6to4 `2002::/16`) is judged as the IPv4 address.
 */
export function classifyAddress(address: string): AddressVerdict {
  const v4 = parseIpv4(address);
  if (v4) return classify(v4, NEVER_V4, PRIVATE_V4);
  const v6 = parseIpv6(address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""));
  if (!v6) return "forbidden";
  const embedded = embeddedIpv4(v6);
  if (embedded) return classify(embedded, NEVER_V4, PRIVATE_V4);
  return classify(v6, NEVER_V6, PRIVATE_V6);
}

/** Whether `address` may be connected to: public always, private only when allowed. */
export function addressAllowed(address: string, allowPrivate: boolean): boolean {
  const verdict = classifyAddress(address);
  return verdict === "public" || (verdict === "private" && allowPrivate);
}

/** Whether a URL's host is an IP literal rather than a name to resolve. */
export function isIpLiteral(host: string): boolean {
  return parseIpv4(host) !== undefined || parseIpv6(host.replace(/^\[|\]$/g, "")) !== undefined;
}

interface Cidr {
  bytes: Uint8Array;
  bits: number;
}

function classify(bytes: Uint8Array, never: readonly Cidr[], privateRanges: readonly Cidr[]): AddressVerdict {
  if (never.some((range) => inRange(bytes, range))) return "forbidden";
  if (privateRanges.some((range) => inRange(bytes, range))) return "private";
  return "public";
}

function inRange(bytes: Uint8Array, range: Cidr): boolean {
  if (bytes.length !== range.bytes.length) return false;
  for (let bit = 0; bit < range.bits; bit++) {
    const mask = 0x80 >> (bit % 8);
    const index = Math.floor(bit / 8);
    if (((bytes[index] ?? 0) & mask) !== ((range.bytes[index] ?? 0) & mask)) return false;
  }
  return true;
}

function cidr4(address: string, bits: number): Cidr {
  return { bytes: parseIpv4(address)!, bits };
}

function cidr6(address: string, bits: number): Cidr {
  return { bytes: parseIpv6(address)!, bits };
}

/** Dotted-quad IPv4 only (the URL parser already normalised `0x7f.1` and friends to it). */
export function parseIpv4(address: string): Uint8Array | undefined {
  const parts = address.split(".");
  if (parts.length !== 4 || parts.some((part) => !/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255)) {
    return undefined;
  }
  return Uint8Array.from(parts.map(Number));
}

export function parseIpv6(address: string): Uint8Array | undefined {
  if (!address.includes(":") || !/^[0-9a-fA-F:.]+$/.test(address)) return undefined;
  let text = address;
  const lastColon = text.lastIndexOf(":");
  const last = text.slice(lastColon + 1);
  if (last.includes(".")) {
    // A trailing dotted quad is the last two groups.
    const v4 = parseIpv4(last);
    if (!v4) return undefined;
    const hex = (high: number, low: number) => ((high << 8) | low).toString(16);
    text = `${text.slice(0, lastColon + 1)}${hex(v4[0]!, v4[1]!)}:${hex(v4[2]!, v4[3]!)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const group = (part: string) => (part === "" ? [] : part.split(":"));
  const head = group(halves[0]!);
  const rest = halves.length === 2 ? group(halves[1]!) : [];
  if ([...head, ...rest].some((part) => !/^[0-9a-fA-F]{1,4}$/.test(part))) return undefined;
  const given = head.length + rest.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return undefined;
  const words = [
    ...head.map((part) => parseInt(part, 16)),
    ...Array<number>(8 - given).fill(0),
    ...rest.map((part) => parseInt(part, 16)),
  ];
  const bytes = new Uint8Array(16);
  words.forEach((word, index) => {
    bytes[index * 2] = word >> 8;
    bytes[index * 2 + 1] = word & 0xff;
  });
  return bytes;
}

/** The IPv4 address an IPv6 address stands for: mapped (::ffff:a.b.c.d), compatible (::a.b.c.d), NAT64, 6to4. */
function embeddedIpv4(bytes: Uint8Array): Uint8Array | undefined {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((byte) => byte === 0);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return bytes.slice(12);
  if (zeros(0, 12) && !zeros(12, 14)) return bytes.slice(12);
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) {
    return bytes.slice(12);
  }
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  return undefined;
}
