import type DataLoader from "dataloader";
import type { GraphQLSchema } from "graphql";
import type { SubgraphContext } from "@shopgraph/subgraph";
import type { UsersServices } from "../app/services.js";
import type { UsersConfig } from "../config.js";
import type { ApiKey, AppOperation, PartnerApp, User } from "../entities/index.js";

export interface UsersContext extends SubgraphContext {
  config: UsersConfig;
  services: UsersServices;
  userById: DataLoader<string, User | null>;
  partnerAppById: DataLoader<string, PartnerApp | null>;
  apiKeyById: DataLoader<string, ApiKey | null>;
  /** Every key of an app, oldest first. */
  apiKeysByApp: DataLoader<string, ApiKey[]>;
  /** The API schema apps' registered operations are validated against (built on first use). */
  apiSchema: () => GraphQLSchema;
  /** Every registered operation of an app, oldest first. */
  operationsByApp: DataLoader<string, AppOperation[]>;
  /** The user this request just signed in (register, login, refresh): they may see their email. */
  signedIn?: string;
  /** The refresh token the browser's session cookie brought, if any. */
  cookieRefreshToken: string | undefined;
  /** `Set-Cookie` for this response: the session cookie set or cleared. */
  setCookie?: string;
}
