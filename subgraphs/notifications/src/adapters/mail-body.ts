import { readHeaders } from "./mail-headers.js";

/**
 * Just enough MIME to read the message nodemailer composes: content type (lower case, no
 * parameters) -> decoded body of each leaf part, multiparts walked.
 */
export function bodyParts(raw: string): Map<string, string> {
  const parts = new Map<string, string>();
  const visit = (entity: string) => {
    const split = entity.search(/\r?\n\r?\n/);
    const headers = readHeaders(entity);
    const body = split === -1 ? "" : entity.slice(split).replace(/^\r?\n\r?\n/, "");
    const contentType = headers.get("content-type")?.[0] ?? "text/plain";
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
    if (boundary) {
      for (const part of body.split(`--${boundary}`).slice(1)) {
        if (!part.startsWith("--")) visit(part.replace(/^\r?\n/, ""));
      }
      return;
    }
    parts.set(
      contentType.split(";")[0]!.trim().toLowerCase(),
      decode(body, headers.get("content-transfer-encoding")?.[0]),
    );
  };
  visit(raw);
  return parts;
}

function decode(body: string, encoding = "7bit"): string {
  switch (encoding.toLowerCase()) {
    case "base64":
      return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
    case "quoted-printable":
      return Buffer.from(
        body
          .replace(/=\r?\n/g, "")
          .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
        "latin1",
      ).toString("utf8");
    default:
      return body;
  }
}
