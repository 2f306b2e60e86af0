/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n    query UsersNotifications($representations: [_Any!]!) {\n      _entities(representations: $representations) {\n        ... on User {\n          id\n          unreadNotificationCount\n          notifications(first: 5) {\n            totalCount\n            nodes {\n              ...NotificationFields\n            }\n          }\n        }\n      }\n    }\n  ": typeof types.UsersNotificationsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    channel\n    subject\n    status\n    recipient\n    readAt\n    createdAt\n    sentAt\n    order {\n      id\n    }\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query UserNotifications($id: ID!, $first: Int, $after: String, $unreadOnly: Boolean) {\n    _entities(representations: [{ __typename: \"User\", id: $id }]) {\n      ... on User {\n        unreadNotificationCount\n        notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.UserNotificationsDocument,
    "\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkReadDocument,
    "\n  mutation NotificationsMarkRead($ids: [ID!]!) {\n    notificationsMarkRead(ids: $ids) {\n      notifications {\n        id\n        readAt\n      }\n      unreadCount\n      user {\n        id\n        unreadNotificationCount\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.NotificationsMarkReadDocument,
    "\n  mutation Retry($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": typeof types.RetryDocument,
    "\n  query AdminNotifications($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationFields\n        attempts\n        lastError\n      }\n    }\n  }\n": typeof types.AdminNotificationsDocument,
    "\n  query SentMail($first: Int) {\n    sentMail(first: $first) {\n      recipient\n      subject\n      text\n      receivedAt\n    }\n  }\n": typeof types.SentMailDocument,
};
const documents: Documents = {
    "\n    query UsersNotifications($representations: [_Any!]!) {\n      _entities(representations: $representations) {\n        ... on User {\n          id\n          unreadNotificationCount\n          notifications(first: 5) {\n            totalCount\n            nodes {\n              ...NotificationFields\n            }\n          }\n        }\n      }\n    }\n  ": types.UsersNotificationsDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    channel\n    subject\n    status\n    recipient\n    readAt\n    createdAt\n    sentAt\n    order {\n      id\n    }\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query UserNotifications($id: ID!, $first: Int, $after: String, $unreadOnly: Boolean) {\n    _entities(representations: [{ __typename: \"User\", id: $id }]) {\n      ... on User {\n        unreadNotificationCount\n        notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n": types.UserNotificationsDocument,
    "\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkReadDocument,
    "\n  mutation NotificationsMarkRead($ids: [ID!]!) {\n    notificationsMarkRead(ids: $ids) {\n      notifications {\n        id\n        readAt\n      }\n      unreadCount\n      user {\n        id\n        unreadNotificationCount\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.NotificationsMarkReadDocument,
    "\n  mutation Retry($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n": types.RetryDocument,
    "\n  query AdminNotifications($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationFields\n        attempts\n        lastError\n      }\n    }\n  }\n": types.AdminNotificationsDocument,
    "\n  query SentMail($first: Int) {\n    sentMail(first: $first) {\n      recipient\n      subject\n      text\n      receivedAt\n    }\n  }\n": types.SentMailDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query UsersNotifications($representations: [_Any!]!) {\n      _entities(representations: $representations) {\n        ... on User {\n          id\n          unreadNotificationCount\n          notifications(first: 5) {\n            totalCount\n            nodes {\n              ...NotificationFields\n            }\n          }\n        }\n      }\n    }\n  "): (typeof documents)["\n    query UsersNotifications($representations: [_Any!]!) {\n      _entities(representations: $representations) {\n        ... on User {\n          id\n          unreadNotificationCount\n          notifications(first: 5) {\n            totalCount\n            nodes {\n              ...NotificationFields\n            }\n          }\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    channel\n    subject\n    status\n    recipient\n    readAt\n    createdAt\n    sentAt\n    order {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    channel\n    subject\n    status\n    recipient\n    readAt\n    createdAt\n    sentAt\n    order {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserNotifications($id: ID!, $first: Int, $after: String, $unreadOnly: Boolean) {\n    _entities(representations: [{ __typename: \"User\", id: $id }]) {\n      ... on User {\n        unreadNotificationCount\n        notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserNotifications($id: ID!, $first: Int, $after: String, $unreadOnly: Boolean) {\n    _entities(representations: [{ __typename: \"User\", id: $id }]) {\n      ... on User {\n        unreadNotificationCount\n        notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n          nodes {\n            ...NotificationFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkRead($ids: [ID!]!) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NotificationsMarkRead($ids: [ID!]!) {\n    notificationsMarkRead(ids: $ids) {\n      notifications {\n        id\n        readAt\n      }\n      unreadCount\n      user {\n        id\n        unreadNotificationCount\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NotificationsMarkRead($ids: [ID!]!) {\n    notificationsMarkRead(ids: $ids) {\n      notifications {\n        id\n        readAt\n      }\n      unreadCount\n      user {\n        id\n        unreadNotificationCount\n      }\n      userErrors {\n        field\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Retry($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"): (typeof documents)["\n  mutation Retry($id: ID!) {\n    retryNotification(id: $id) {\n      id\n      status\n      attempts\n      lastError\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNotifications($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationFields\n        attempts\n        lastError\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminNotifications($filter: NotificationFilter, $first: Int, $after: String) {\n    notifications(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...NotificationFields\n        attempts\n        lastError\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SentMail($first: Int) {\n    sentMail(first: $first) {\n      recipient\n      subject\n      text\n      receivedAt\n    }\n  }\n"): (typeof documents)["\n  query SentMail($first: Int) {\n    sentMail(first: $first) {\n      recipient\n      subject\n      text\n      receivedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;