import { OutboxEvent } from "@shopgraph/messaging";
import { AccountToken, AccountTokenPurpose } from "./account-token.js";
import { ApiKey } from "./api-key.js";
import { AppOperation } from "./app-operation.js";
import { PartnerApp } from "./partner-app.js";
import { RefreshToken } from "./refresh-token.js";
import { SavedAddress } from "./saved-address.js";
import { User } from "./user.js";

export { AccountToken, AccountTokenPurpose, ApiKey, AppOperation, PartnerApp, RefreshToken, SavedAddress, User };
export const entities = [User, RefreshToken, AccountToken, SavedAddress, PartnerApp, ApiKey, AppOperation, OutboxEvent];
