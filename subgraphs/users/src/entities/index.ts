import { OutboxEvent } from "@shopgraph/messaging";
import { RefreshToken } from "./refresh-token.js";
import { User } from "./user.js";

export { RefreshToken, User };
export const entities = [User, RefreshToken, OutboxEvent];
