import { errorCodes, type CodesOf } from "@shopgraph/kernel";

/**
 * Why a notifications mutation failed (notificationsMarkRead). One spelling per meaning across
 * the API: a referenced thing that does not exist is `<THING>_NOT_FOUND`. README.md documents
 * every code.
 */
export const NotificationErrorCode = errorCodes("NOTIFICATION_NOT_FOUND", "TOO_MANY_IDS");
export type NotificationErrorCode = CodesOf<typeof NotificationErrorCode>;

/** How many notifications one call may mark read. */
export const MAX_MARK_READ_IDS = 500;
