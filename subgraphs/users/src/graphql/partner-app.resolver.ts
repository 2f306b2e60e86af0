import { ProblemList, Role } from "@shopgraph/kernel";
import {
  decodeNewestFirstCursor,
  newestFirstCursor,
  NodeId,
  PageArgs,
  pageWindow,
  toPage,
  withUserErrors,
} from "@shopgraph/subgraph";
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import {
  appOperationsForGateway,
  deleteAppOperation,
  registerAppOperation,
  setPartnerAppSafelistedOnly,
} from "../app/app-operations.js";
import { createApiKey } from "../app/create-api-key.js";
import { createPartnerApp } from "../app/create-partner-app.js";
import { deletePartnerApp } from "../app/delete-partner-app.js";
import { exchangeApiKey } from "../app/exchange-api-key.js";
import { listPartnerApps } from "../app/list-partner-apps.js";
import { renamePartnerApp } from "../app/rename-partner-app.js";
import { revokeApiKey } from "../app/revoke-api-key.js";
import { setPartnerAppDisabled } from "../app/set-partner-app-disabled.js";
import { MAX_LISTED_KEYS } from "../domain/api-keys.js";
import { PartnerAppErrorCode } from "../domain/errors.js";
import { checkOperationDocument } from "./app-operation-document.js";
import type { ApiKey, AppOperation, PartnerApp } from "../entities/index.js";
import type { UsersContext } from "./context.js";
import {
  ApiKeyPayload,
  ApiKeyType,
  AppAccessTokenType,
  AppOperationPayload,
  AppOperationType,
  DeleteAppOperationPayload,
  GatewayAppOperationsType,
  RegisterAppOperationInput,
  CreatePartnerAppInput,
  DeletePartnerAppPayload,
  PartnerAppConnection,
  PartnerAppPayload,
  PartnerAppType,
} from "./partner-app.types.js";

/**
 * Partner apps and their keys: managed by ADMIN users only (an app, whatever its scopes, never
 * manages apps: `@Authorized(Role.ADMIN)` names no scope), plus the app's own view of itself and
 * the gateway's internal key exchange.
 */
@Resolver(() => PartnerAppType)
export class PartnerAppResolver {
  @Authorized(Role.ADMIN)
  @Query(() => PartnerAppConnection, { description: "ADMIN: every partner app, newest first" })
  async partnerApps(@Args() page: PageArgs, @Ctx() { em }: UsersContext) {
    const window = pageWindow(page, decodeNewestFirstCursor);
    return toPage(window, await listPartnerApps(em, window), newestFirstCursor);
  }

  @Directive('@tag(name: "admin")')
  @Query(() => PartnerAppType, {
    nullable: true,
    description: "The partner app calling with its API key; null for anyone else",
  })
  viewerApp(@Ctx() { viewer, partnerAppById }: UsersContext) {
    return viewer.kind === "app" ? partnerAppById.load(viewer.appId) : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PartnerAppPayload, {
    description: "ADMIN: a new app and its first API key (`apiKey`, shown this once). INVALID_NAME",
  })
  createPartnerApp(
    @Arg("input", { description: "The app's name and scopes" }) input: CreatePartnerAppInput,
    @Ctx() { em }: UsersContext,
  ) {
    return withUserErrors(PartnerAppErrorCode, () => createPartnerApp(em, input));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PartnerAppPayload, { description: "ADMIN: APP_NOT_FOUND, INVALID_NAME" })
  renamePartnerApp(
    @Arg("id", () => ID, { description: "The app's id" }) @NodeId("PartnerApp") id: string,
    @Arg("name", { description: "The new name, 1 to 100 characters" }) name: string,
    @Ctx() { em }: UsersContext,
  ) {
    return withUserErrors(PartnerAppErrorCode, async () => ({ app: await renamePartnerApp(em, id, name) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PartnerAppPayload, {
    description: "ADMIN: a disabled app's keys and tokens are refused at once; enabling lets its keys work again",
  })
  setPartnerAppDisabled(
    @Arg("id", () => ID, { description: "The app's id" }) @NodeId("PartnerApp") id: string,
    @Arg("disabled", { description: "true: its keys are refused at once; false: they work again" }) disabled: boolean,
    @Ctx() { em }: UsersContext,
  ) {
    return withUserErrors(PartnerAppErrorCode, async () => ({ app: await setPartnerAppDisabled(em, id, disabled) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeletePartnerAppPayload, { description: "ADMIN: the app and its keys are gone; APP_NOT_FOUND" })
  deletePartnerApp(
    @Arg("id", () => ID, { description: "The app's id" }) @NodeId("PartnerApp") id: string,
    @Ctx() { em }: UsersContext,
  ) {
    return withUserErrors(PartnerAppErrorCode, async () => ({ deletedAppId: await deletePartnerApp(em, id) }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyPayload, {
    description:
      "ADMIN: a new API key for the app (`apiKey`, shown this once). APP_NOT_FOUND, TOO_MANY_API_KEYS, INVALID_OVERLAP",
  })
  createApiKey(
    @Arg("appId", () => ID, { description: "The app the key is for" }) @NodeId("PartnerApp") appId: string,
    @Arg("retireOtherKeysAfterSeconds", () => Int, {
      nullable: true,
      description: "Rotation: the app's other keys stop working after this many seconds (0: now; at most 7 days)",
    })
    retireOtherKeysAfterSeconds: number | null | undefined,
    @Ctx() { em }: UsersContext,
  ) {
    return withUserErrors(PartnerAppErrorCode, () => createApiKey(em, appId, retireOtherKeysAfterSeconds ?? null));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKeyPayload, {
    description: "ADMIN: the key is refused at once. API_KEY_NOT_FOUND, API_KEY_ALREADY_REVOKED",
  })
  revokeApiKey(
    @Arg("id", () => ID, { description: "The key's id (ApiKey_…)" }) @NodeId("ApiKey") id: string,
    @Ctx() { em }: UsersContext,
  ) {
    return withUserErrors(PartnerAppErrorCode, async () => ({ key: await revokeApiKey(em, id) }));
  }

  /** Internal: the gateway exchanges an API key here; clients never see it (`@inaccessible`). */
  @Directive("@inaccessible")
  @Mutation(() => AppAccessTokenType, {
    nullable: true,
    description: "GATEWAY: an app access token for a working API key; null for any other string",
  })
  exchangeApiKey(
    @Arg("key", { description: "The API key as the partner sent it" }) key: string,
    @Ctx() { em, services, viewer }: UsersContext,
  ) {
    // The gateway asks with no token of anyone's: a caller holding one is someone else.
    if (viewer.kind !== "anonymous") return null;
    return exchangeApiKey(em, services, key);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PartnerAppPayload, {
    description:
      "ADMIN: true: the app runs only its registered operations from its next request on, at every gateway (its tokens are renewed); false: it may send documents again. APP_NOT_FOUND",
  })
  setPartnerAppSafelistedOnly(
    @Arg("id", () => ID, { description: "The app's id" }) @NodeId("PartnerApp") id: string,
    @Arg("safelistedOnly", { description: "true: registered operations only; false: any document too" })
    safelistedOnly: boolean,
    @Ctx() { em }: UsersContext,
  ) {
    return withUserErrors(PartnerAppErrorCode, async () => ({
      app: await setPartnerAppSafelistedOnly(em, id, safelistedOnly),
    }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AppOperationPayload, {
    description:
      "ADMIN: registers a document the app may send by its SHA-256 (the only kind a safelisted app may run); validated against the API schema now. Registering the same text again answers the existing registration. APP_NOT_FOUND, INVALID_DOCUMENT, DOCUMENT_TOO_LARGE, TOO_MANY_OPERATIONS",
  })
  registerAppOperation(
    @Arg("input", { description: "The app and the document" }) input: RegisterAppOperationInput,
    @Ctx() { em, config, apiSchema }: UsersContext,
  ) {
    return withUserErrors(PartnerAppErrorCode, async () => {
      const problems = new ProblemList<PartnerAppErrorCode>();
      const name = checkOperationDocument(input.document, apiSchema(), config.appOperationMaxBytes, problems);
      problems.throwIfAny();
      return { operation: await registerAppOperation(em, { ...input, name: name! }) };
    });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => DeleteAppOperationPayload, {
    description:
      "ADMIN: the app can no longer run this operation by hash (a safelisted one not at all), at every gateway within a second. APP_NOT_FOUND, OPERATION_NOT_FOUND",
  })
  deleteAppOperation(
    @Arg("appId", () => ID, { description: "The app's id" }) @NodeId("PartnerApp") appId: string,
    @Arg("hash", { description: "The operation's hash, 64 lowercase hex digits" }) hash: string,
    @Ctx() { em }: UsersContext,
  ) {
    return withUserErrors(PartnerAppErrorCode, async () => ({
      deletedHash: await deleteAppOperation(em, appId, hash),
    }));
  }

  /** Internal: the gateway loads an app's operations here (`@inaccessible`), once per access version. */
  @Directive("@inaccessible")
  @Query(() => GatewayAppOperationsType, {
    nullable: true,
    description: "GATEWAY: the app's safelist flag, access version and registered operations; null for an unknown app",
  })
  appOperationsForGateway(
    @Arg("appId", { description: "The app's raw UUID" }) appId: string,
    @Ctx() { em, viewer }: UsersContext,
  ) {
    if (viewer.kind !== "anonymous") return null;
    return appOperationsForGateway(em, appId);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => [AppOperationType], {
    description: "ADMIN: the operations registered for the app (at most 200), oldest first",
  })
  operations(@Root() app: PartnerApp, @Ctx() { operationsByApp }: UsersContext): Promise<AppOperation[]> {
    return operationsByApp.load(app.id);
  }

  @Authorized(Role.ADMIN)
  @FieldResolver(() => [ApiKeyType], {
    description: `ADMIN: the app's newest ${MAX_LISTED_KEYS} keys, revoked ones too, oldest first`,
  })
  async apiKeys(@Root() app: PartnerApp, @Ctx() { apiKeysByApp }: UsersContext): Promise<ApiKey[]> {
    return (await apiKeysByApp.load(app.id)).slice(-MAX_LISTED_KEYS);
  }
}

/** `_entities` (and so `node(id:)`): apps and keys are the admins' only; anyone else gets null. */
export const partnerAppReferenceResolvers = {
  PartnerApp: {
    __resolveReference(reference: { id: string }, { partnerAppById, viewer }: UsersContext) {
      return viewer.kind === "user" && viewer.role === Role.ADMIN ? partnerAppById.load(reference.id) : null;
    },
  },
  ApiKey: {
    __resolveReference(reference: { id: string }, { apiKeyById, viewer }: UsersContext) {
      return viewer.kind === "user" && viewer.role === Role.ADMIN ? apiKeyById.load(reference.id) : null;
    },
  },
};
