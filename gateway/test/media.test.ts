import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Role } from "@shopgraph/kernel";
import { dataOf, eventually, graphqlRequest, present, testAccessToken } from "@shopgraph/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "./gql/index.js";
import { startSupergraph, type SupergraphUnderTest } from "./harness.js";

const PRODUCT_IMAGES = graphql(`
  query MediaProductImages($slug: String!) {
    product(slug: $slug) {
      id
      media {
        id
        alt
        width
        height
        url(width: 640, format: AVIF)
        srcset(format: WEBP)
      }
    }
  }
`);
const A_PRODUCT = graphql(`
  query MediaAProduct {
    products(first: 1) {
      nodes {
        slug
      }
    }
  }
`);
const ADD_MEDIA = graphql(`
  mutation MediaAdd($input: AddProductMediaInput!) {
    addProductMedia(input: $input) {
      product {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

describe("product media through the gateway", () => {
  let supergraph: SupergraphUnderTest;
  let mediaDir: string;
  const admin = testAccessToken({ role: Role.ADMIN });

  beforeAll(async () => {
    mediaDir = await mkdtemp(join(tmpdir(), "gateway-media-"));
    supergraph = await startSupergraph({ subgraphEnv: { SEED_DEMO_CATALOG: "true", MEDIA_DIR: mediaDir } });
  }, 60_000);
  afterAll(async () => {
    await supergraph?.close();
    await rm(mediaDir, { recursive: true, force: true });
  });

  const post = (origin: string, bytes: Buffer, token?: string) =>
    fetch(`${origin}/media`, {
      method: "POST",
      headers: { "content-type": "image/png", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Uint8Array(bytes),
    });

  it("an admin uploads at POST /media, adds it, and the cached product page shows it at once", async () => {
    const slug = present(dataOf(await supergraph.request(A_PRODUCT)).products.nodes[0], "a product").slug;
    const before = await graphqlRequest(supergraph.url, PRODUCT_IMAGES, { slug });
    expect(before.data?.product?.media).toEqual([]);
    // Cached: a later answer carries Age.
    await eventually(async () => (await graphqlRequest(supergraph.url, PRODUCT_IMAGES, { slug })).headers.has("age"));

    const png = await sharp({ create: { width: 800, height: 1000, channels: 3, background: "#1f2937" } })
      .png()
      .toBuffer();
    const uploaded = await post(supergraph.origin, png, admin);
    expect(uploaded.status).toBe(201);
    const upload = (await uploaded.json()) as { id: string; widths: number[] };
    expect(upload.widths).toEqual([320, 640, 800]);

    const productId = present(before.data?.product, "the product").id;
    const added = await supergraph.request(
      ADD_MEDIA,
      { input: { productId, uploadId: upload.id, alt: "The product on a plain background" } },
      { token: admin },
    );
    expect(dataOf(added).addProductMedia.userErrors).toEqual([]);

    // product.changed purges the cached page.
    let media: { url: string; srcset: string; width: number; height: number }[] = [];
    await eventually(async () => {
      media = (await graphqlRequest(supergraph.url, PRODUCT_IMAGES, { slug })).data?.product?.media ?? [];
      return media.length === 1;
    });
    expect(media[0]).toMatchObject({ width: 800, height: 1000 });
    expect(media[0]!.srcset.split(", ")).toHaveLength(3);

    const image = await fetch(`${supergraph.origin}${media[0]!.url}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/avif");
    expect(image.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).width).toBe(640);
    const missing = await fetch(`${supergraph.origin}/media/0123/none.jpg`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });

  it("refuses customers, anonymous callers and bodies over the gateway's limit", async () => {
    const png = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#fff" } })
      .png()
      .toBuffer();
    expect((await post(supergraph.origin, png, testAccessToken({ role: Role.CUSTOMER }))).status).toBe(403);
    expect((await post(supergraph.origin, png)).status).toBe(401);
    const strict = await supergraph.startGateway({ MEDIA_MAX_UPLOAD_BYTES: "1000" });
    const tooBig = await post(`http://127.0.0.1:${strict.port}`, Buffer.alloc(5_000, 7), admin);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("charges each read of media to its address's media budget and answers 429 once it is spent", async () => {
    // Behind a proxy, as an address of its own: 127.0.0.1's budget is the other tests' too.
    const strict = await supergraph.startGateway({ RATE_LIMIT_MEDIA_READS_PER_IP: "3", TRUST_PROXY: "true" });
    const address = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
    const read = () =>
      fetch(`http://127.0.0.1:${strict.port}/media/0123/none.jpg`, { headers: { "x-forwarded-for": address } });
    for (let i = 0; i < 3; i++) expect((await read()).status).toBe(404);
    const refused = await read();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("cache-control")).toBe("no-store");
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
  });

  it("refuses anyone but an admin before reading a byte of the upload (no body is buffered for them)", async () => {
    // Declares 10 MB and sends 10 bytes: an answer can only come before the body is read.
    const firstLine = (token?: string) =>
      new Promise<string>((resolve, reject) => {
        const { hostname, port } = new URL(supergraph.origin);
        const socket = connect(Number(port), hostname, () => {
          socket.write(
            [
              "POST /media HTTP/1.1",
              `host: ${hostname}`,
              "content-type: image/png",
              "content-length: 10000000",
              ...(token ? [`authorization: Bearer ${token}`] : []),
              "",
              "0123456789",
            ].join("\r\n"),
          );
        });
        socket.once("data", (chunk) => {
          resolve(chunk.toString("latin1").split("\r\n")[0]!);
          socket.destroy();
        });
        socket.once("error", reject);
      });
    expect(await firstLine()).toBe("HTTP/1.1 401 Unauthorized");
    expect(await firstLine("not-a-token")).toBe("HTTP/1.1 401 Unauthorized");
    expect(await firstLine(testAccessToken({ role: Role.CUSTOMER }))).toBe("HTTP/1.1 403 Forbidden");
  });
});
