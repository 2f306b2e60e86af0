import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layout's import rules (eslint.import-rules.js) run in `npm run lint`; these deliberate
// violations prove they bite, and the allowed imports prove they do not bite too much.
const eslint = new ESLint({ cwd: `${import.meta.dirname}/../..` });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === "@typescript-eslint/no-restricted-imports").map((m) => m.message);
}

const violations: [file: string, code: string, reason: RegExp][] = [
  ["subgraphs/orders/src/graphql/x.ts", `import { orderRows } from "../store/orders.js";`, /never reach the database/],
  ["subgraphs/orders/src/graphql/deep/x.ts", `import { a } from "../../store/orders.js";`, /never reach the database/],
  ["subgraphs/orders/src/graphql/x.ts", `import { wrap } from "@mikro-orm/core";`, /Only store/],
  ["subgraphs/orders/src/graphql/x.ts", `import { charge } from "../adapters/payments.js";`, /never reach/],
  ["subgraphs/orders/src/domain/x.ts", `import { Field } from "type-graphql";`, /GraphQL belongs in graphql/],
  ["subgraphs/orders/src/domain/x.ts", `import { Order } from "../entities/order.js";`, /not use the entity/],
  ["subgraphs/orders/src/domain/x.ts", `import { readFile } from "node:fs/promises";`, /pure: no I\/O/],
  ["subgraphs/users/src/domain/x.ts", `import { load } from "../store/users.js";`, /pure rules/],
  ["subgraphs/products/src/app/x.ts", `import { ProductType } from "../graphql/types.js";`, /GraphQL belongs/],
  ["subgraphs/products/src/store/x.ts", `import { createProduct } from "../app/catalog.js";`, /does not call them/],
  ["subgraphs/orders/src/adapters/x.ts", `import { checkout } from "../app/checkout.js";`, /one outside system/],
  [
    "subgraphs/orders/src/app/x.ts",
    `import { something } from "@shopgraph/products";`,
    /never imports another subgraph/,
  ],
  ["subgraphs/orders/src/app/x.ts", `import { a } from "../../../products/src/app/x.js";`, /never imports another/],
  ["subgraphs/orders/src/server.ts", `import { startTestDatabase } from "@shopgraph/testing";`, /tests only/],
  [
    "gateway/src/x.ts",
    `import { buildFederatedSchema } from "@shopgraph/subgraph";`,
    /platform and @shopgraph\/kernel only/,
  ],
  ["gateway/src/x.ts", `import { MikroORM } from "@mikro-orm/postgresql";`, /platform and @shopgraph\/kernel only/],
];

const allowed: [file: string, code: string][] = [
  ["subgraphs/orders/src/graphql/x.ts", `import type { EntityManager } from "@mikro-orm/postgresql";`],
  ["subgraphs/orders/src/graphql/x.ts", `import { checkout } from "../app/checkout.js";`],
  ["subgraphs/orders/src/domain/x.ts", `import type { Order } from "../entities/order.js";`],
  ["subgraphs/orders/src/domain/x.ts", `import { reject } from "@shopgraph/kernel";`],
  ["subgraphs/orders/src/app/x.ts", `import { lockOrder } from "../store/locks.js";`],
  ["subgraphs/orders/src/store/x.ts", `import { Order } from "../entities/order.js";`],
  ["gateway/src/x.ts", `import { readConfig } from "@shopgraph/platform";`],
  ["subgraphs/orders/test/x.test.ts", `import { startTestDatabase } from "@shopgraph/testing";`],
];

describe("import rules", () => {
  it.each(violations)("%s: `%s` is refused", async (file, code, reason) => {
    const messages = await restrictedImports(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(reason);
  });

  it.each(allowed)("%s: `%s` is allowed", async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([]);
  });
});
