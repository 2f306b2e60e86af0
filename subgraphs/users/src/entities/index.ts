import { OutboxEvent } from "@shopgraph/messaging";
import { ApiKey } from "./api-key.js";
import { PartnerApp } from "./partner-app.js";
import { RefreshToken } from "./refresh-token.js";
import { User } from "./user.js";

export { ApiKey, PartnerApp, RefreshToken, User };
export const entities = [User, RefreshToken, PartnerApp, ApiKey, OutboxEvent];
