import { ProcessedEvent } from "@shopgraph/messaging";
import { Notification } from "./notification.js";
import { UserProjection } from "./user-projection.js";

export { Notification, UserProjection };
export { NotificationChannel, NotificationKind, NotificationStatus } from "./notification.js";
export const entities = [Notification, UserProjection, ProcessedEvent];
