import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261125191654_Initial } from "./Migration20261125191654_Initial.js";
import { Migration20261206144433_ReleasedOrders } from "./Migration20261206144433_ReleasedOrders.js";
import { Migration20261206193000_Outbox } from "./Migration20261206193000_Outbox.js";
import { Migration20261207012741_SearchForgives } from "./Migration20261207012741_SearchForgives.js";
import { Migration20261207012808_ProductWeightTax } from "./Migration20261207012808_ProductWeightTax.js";
import { Migration20261207020000_ReserveStockFunction } from "./Migration20261207020000_ReserveStockFunction.js";
import { Migration20261207044000_ReserveStockCategory } from "./Migration20261207044000_ReserveStockCategory.js";
import { Migration20261207045207_VariantWeightTax } from "./Migration20261207045207_VariantWeightTax.js";
import { Migration20261207045500_ProductMedia } from "./Migration20261207045500_ProductMedia.js";
import { Migration20261207050210_ArchivedVariants } from "./Migration20261207050210_ArchivedVariants.js";
import { Migration20261207080000_SearchSkipsArchivedVariants } from "./Migration20261207080000_SearchSkipsArchivedVariants.js";

/** Committed migrations, oldest first; run on start. Written by `npm run migration`. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261125191654_Initial", class: Migration20261125191654_Initial },
  { name: "Migration20261206144433_ReleasedOrders", class: Migration20261206144433_ReleasedOrders },
  { name: "Migration20261206193000_Outbox", class: Migration20261206193000_Outbox },
  { name: "Migration20261207012741_SearchForgives", class: Migration20261207012741_SearchForgives },
  { name: "Migration20261207012808_ProductWeightTax", class: Migration20261207012808_ProductWeightTax },
  { name: "Migration20261207020000_ReserveStockFunction", class: Migration20261207020000_ReserveStockFunction },
  { name: "Migration20261207044000_ReserveStockCategory", class: Migration20261207044000_ReserveStockCategory },
  { name: "Migration20261207045207_VariantWeightTax", class: Migration20261207045207_VariantWeightTax },
  { name: "Migration20261207045500_ProductMedia", class: Migration20261207045500_ProductMedia },
  { name: "Migration20261207050210_ArchivedVariants", class: Migration20261207050210_ArchivedVariants },
  {
    name: "Migration20261207080000_SearchSkipsArchivedVariants",
    class: Migration20261207080000_SearchSkipsArchivedVariants,
  },
];
