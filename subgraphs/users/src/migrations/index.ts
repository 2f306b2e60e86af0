import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261125190023_Initial } from "./Migration20261125190023_Initial.js";
import { Migration20261125190823_Outbox } from "./Migration20261125190823_Outbox.js";
import { Migration20261206141148_SessionVersion } from "./Migration20261206141148_SessionVersion.js";
import { Migration20261206222539_PartnerApps } from "./Migration20261206222539_PartnerApps.js";
import { Migration20261206223108_AccountTokens } from "./Migration20261206223108_AccountTokens.js";
import { Migration20261206223400_SavedAddresses } from "./Migration20261206223400_SavedAddresses.js";
import { Migration20261207012748_AppOperations } from "./Migration20261207012748_AppOperations.js";

/** Committed migrations, oldest first; run on start. Written by `npm run migration`. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261125190023_Initial", class: Migration20261125190023_Initial },
  { name: "Migration20261125190823_Outbox", class: Migration20261125190823_Outbox },
  { name: "Migration20261206141148_SessionVersion", class: Migration20261206141148_SessionVersion },
  { name: "Migration20261206222539_PartnerApps", class: Migration20261206222539_PartnerApps },
  { name: "Migration20261206223108_AccountTokens", class: Migration20261206223108_AccountTokens },
  { name: "Migration20261206223400_SavedAddresses", class: Migration20261206223400_SavedAddresses },
  { name: "Migration20261207012748_AppOperations", class: Migration20261207012748_AppOperations },
];
