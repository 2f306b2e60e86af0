import { PartnerScope } from "@shopgraph/kernel";
import { ADMIN_TAG, ConnectionType, NodeId, payloadWith, PRIVATE, userErrorType } from "@shopgraph/subgraph";
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { PartnerAppErrorCode } from "../domain/errors.js";
import { Node } from "./node.js";

registerEnumType(PartnerScope, {
  name: "PartnerScope",
  description:
    "What a partner app may do (catalog:read, catalog:write, stock:write, orders:read, orders:write, customers:read)",
  valuesConfig: {
    CATALOG_READ: { description: "catalog:read: products and categories, archived ones and exact stock included" },
    CATALOG_WRITE: { description: "catalog:write: create and change products, variants and categories" },
    STOCK_WRITE: { description: "stock:write: adjust and set stock" },
    ORDERS_READ: { description: "orders:read: every order and the sales report (addresses need customers:read)" },
    ORDERS_WRITE: { description: "orders:write: status transitions and shipping" },
    CUSTOMERS_READ: { description: "customers:read: accounts, emails, and orders' shipping addresses" },
  },
});

const ADMIN = `@tag(name: "${ADMIN_TAG}")`;

@Directive('@key(fields: "id")')
@Directive(ADMIN)
@Directive(PRIVATE)
@ObjectType("ApiKey", {
  implements: Node,
  description: "ADMIN: one key of a partner app. The key itself was shown once, when it was made",
})
export class ApiKeyType {
  @Field(() => ID, { description: "Global id (ApiKey_…): what revokeApiKey takes" })
  id!: string;

  @Field({ description: "`sg_live_` and the key's first 8 characters: names the key in lists and logs" })
  prefix!: string;

  @Field({ description: "When it was made" })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: "Set by a rotation's overlap: the key stops working then" })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When it was revoked; null while it works" })
  revokedAt!: Date | null;
}

@Directive('@key(fields: "id")')
@Directive(ADMIN)
@Directive(PRIVATE)
@ObjectType("PartnerApp", {
  implements: Node,
  description: "A partner's integration, calling the API with its API keys within its scopes",
})
export class PartnerAppType {
  @Field(() => ID, { description: "Global id (PartnerApp_…)" })
  id!: string;

  @Field({ description: "What admins call it, 1 to 100 characters" })
  name!: string;

  @Field(() => [PartnerScope], { description: "What its keys may do beyond what anyone may" })
  scopes!: PartnerScope[];

  @Field({ description: "A disabled app's keys are refused" })
  disabled!: boolean;

  @Field({
    description:
      "The app runs only its registered operations (`operations`), by hash or as the exact registered text; any other document, hash or APQ registration is refused (PERSISTED_QUERY_NOT_FOUND, PERSISTED_QUERY_REQUIRED)",
  })
  safelistedOnly!: boolean;

  @Field({ description: "When it was made" })
  createdAt!: Date;
}

@ObjectType({ description: "ADMIN: a page of partner apps" })
export class PartnerAppConnection extends ConnectionType(PartnerAppType, "PartnerApp") {}

export const PartnerAppUserError = userErrorType("PartnerApp", PartnerAppErrorCode, {
  INVALID_NAME: "The app's name is empty or too long",
  APP_NOT_FOUND: "No partner app has this id",
  API_KEY_NOT_FOUND: "No API key has this id",
  API_KEY_ALREADY_REVOKED: "The key was revoked already",
  INVALID_OVERLAP: "retireOtherKeysAfterSeconds is negative or longer than 7 days",
  TOO_MANY_API_KEYS: "The app already has as many unrevoked keys as it may (5)",
  INVALID_DOCUMENT:
    "The document does not parse, is not exactly one named operation (with its fragments), or is not valid against the API schema",
  DOCUMENT_TOO_LARGE: "The document is longer than the service allows (APP_OPERATION_MAX_BYTES, 16 KiB by default)",
  TOO_MANY_OPERATIONS: "The app already has as many registered operations as it may (200)",
  OPERATION_NOT_FOUND: "The app has no registered operation with this hash",
});

@Directive(ADMIN)
@ObjectType("AppOperation", {
  description:
    "ADMIN: an operation registered for a partner app: it may send it by hash, and a safelisted app nothing else",
})
export class AppOperationType {
  @Field({ description: "The operation's name, as the document names it" })
  name!: string;

  @Field({
    description:
      'SHA-256 of `document`, 64 lowercase hex digits: send it as `extensions.persistedQuery.sha256Hash` (version 1) or `documentId: "sha256:<hash>"`',
  })
  hash!: string;

  @Field({ description: "The document exactly as registered" })
  document!: string;

  @Field({ description: "When it was registered" })
  createdAt!: Date;
}

@ObjectType({ description: "An operation registered, or why not" })
export class AppOperationPayload extends payloadWith(PartnerAppUserError) {
  @Field(() => AppOperationType, {
    nullable: true,
    description: "The registration (the existing one when this text was registered already); null with userErrors",
  })
  operation?: AppOperationType | null;
}

@ObjectType({ description: "What deleteAppOperation did" })
export class DeleteAppOperationPayload extends payloadWith(PartnerAppUserError) {
  @Field(() => String, { nullable: true, description: "The deleted operation's hash; null with userErrors" })
  deletedHash?: string | null;
}

@InputType({ description: "An operation to register for a partner app" })
export class RegisterAppOperationInput {
  @NodeId("PartnerApp")
  @Field(() => ID, { description: "The app it is for" })
  appId!: string;

  @Field({
    description:
      "One named operation and its fragments, valid against the API schema, at most APP_OPERATION_MAX_BYTES (16 KiB by default); its hash is over these exact bytes",
  })
  document!: string;
}

@Directive("@inaccessible")
@ObjectType({ description: "GATEWAY: one registered operation of an app" })
export class GatewayAppOperationType {
  @Field({ description: "SHA-256 of the document" })
  hash!: string;

  @Field({ description: "The document" })
  document!: string;
}

@Directive("@inaccessible")
@ObjectType({ description: "GATEWAY: what an app may run, as of its access version" })
export class GatewayAppOperationsType {
  @Field({ description: "Whether the app runs only these operations" })
  safelistedOnly!: boolean;

  @Field(() => Int, { description: "The app's access version these were read at" })
  accessVersion!: number;

  @Field(() => [GatewayAppOperationType], { description: "Every registered operation of the app" })
  operations!: GatewayAppOperationType[];
}

@ObjectType({ description: "An app, or why it was not changed" })
export class PartnerAppPayload extends payloadWith(PartnerAppUserError) {
  @Field(() => PartnerAppType, { nullable: true, description: "The app as it is now; null with userErrors" })
  app?: PartnerAppType | null;

  @Field(() => String, {
    nullable: true,
    description: "createPartnerApp only: the app's first API key. Shown this once and never again: keep it now",
  })
  apiKey?: string | null;
}

@ObjectType({ description: "A key made or revoked, or why not" })
export class ApiKeyPayload extends payloadWith(PartnerAppUserError) {
  @Field(() => ApiKeyType, {
    nullable: true,
    description: "The key's record (never the key itself); null with userErrors",
  })
  key?: ApiKeyType | null;

  @Field(() => String, {
    nullable: true,
    description: "createApiKey only: the new key. Shown this once and never again: keep it now",
  })
  apiKey?: string | null;
}

@ObjectType({ description: "What deletePartnerApp did" })
export class DeletePartnerAppPayload extends payloadWith(PartnerAppUserError) {
  @NodeId("PartnerApp")
  @Field(() => ID, { nullable: true, description: "The deleted app's id; null with userErrors" })
  deletedAppId?: string | null;
}

@InputType({ description: "A new partner app" })
export class CreatePartnerAppInput {
  @Field({ description: "What admins call it, 1 to 100 characters" })
  name!: string;

  @Field(() => [PartnerScope], { description: "May be empty: such an app reads only what anyone may" })
  scopes!: PartnerScope[];
}

@Directive("@inaccessible")
@ObjectType({ description: "GATEWAY: the app access token an API key is exchanged for" })
export class AppAccessTokenType {
  @Field({ description: "The ES256 app access token the gateway forwards" })
  accessToken!: string;

  @Field({ description: "When the token stops working" })
  expiresAt!: Date;

  @Field({ description: "The app's raw UUID" })
  appId!: string;

  @Field({ description: "The key's prefix, for logs" })
  keyPrefix!: string;
}
