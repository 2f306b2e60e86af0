import { OutboxEvent } from "@shopgraph/messaging";
import { AccountToken, AccountTokenPurpose } from "./account-token.js";
import { RefreshToken } from "./refresh-token.js";
import { SavedAddress } from "./saved-address.js";
import { User } from "./user.js";

export { AccountToken, AccountTokenPurpose, RefreshToken, SavedAddress, User };
export const entities = [User, RefreshToken, AccountToken, SavedAddress, OutboxEvent];
