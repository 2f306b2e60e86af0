import type { MigrationObject } from "@mikro-orm/core";
import { Migration20261125191736_Initial } from "./Migration20261125191736_Initial.js";
import { Migration20261206142500_OrderRefunded } from "./Migration20261206142500_OrderRefunded.js";
import { Migration20261206171029_TraceContext } from "./Migration20261206171029_TraceContext.js";
import { Migration20261206222859_Webhooks } from "./Migration20261206222859_Webhooks.js";
import { Migration20261206224500_AccountMail } from "./Migration20261206224500_AccountMail.js";
import { Migration20261207013528_GuestOrderMail } from "./Migration20261207013528_GuestOrderMail.js";
import { Migration20261207020000_HeldConfirmation } from "./Migration20261207020000_HeldConfirmation.js";

/** Committed migrations, oldest first; run on start. Written by `npm run migration`. */
export const migrations: MigrationObject[] = [
  { name: "Migration20261125191736_Initial", class: Migration20261125191736_Initial },
  { name: "Migration20261206142500_OrderRefunded", class: Migration20261206142500_OrderRefunded },
  { name: "Migration20261206171029_TraceContext", class: Migration20261206171029_TraceContext },
  { name: "Migration20261206222859_Webhooks", class: Migration20261206222859_Webhooks },
  { name: "Migration20261206224500_AccountMail", class: Migration20261206224500_AccountMail },
  { name: "Migration20261207013528_GuestOrderMail", class: Migration20261207013528_GuestOrderMail },
  { name: "Migration20261207020000_HeldConfirmation", class: Migration20261207020000_HeldConfirmation },
];
