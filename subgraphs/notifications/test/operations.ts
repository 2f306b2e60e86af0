import { graphql } from "./gql/index.js";

/** The GraphQL operations the notifications tests send, written once (typed: see codegen.ts). */
graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    channel
    subject
    status
    recipient
    readAt
    createdAt
    sentAt
    order {
      id
    }
  }
`);

export const USER_NOTIFICATIONS = graphql(`
  query UserNotifications($id: ID!, $first: Int, $after: String, $unreadOnly: Boolean) {
    _entities(representations: [{ __typename: "User", id: $id }]) {
      ... on User {
        unreadNotificationCount
        notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            ...NotificationFields
          }
        }
      }
    }
  }
`);

export const MARK_READ = graphql(`
  mutation MarkRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids)
  }
`);

export const NOTIFICATIONS_MARK_READ = graphql(`
  mutation NotificationsMarkRead($ids: [ID!]!) {
    notificationsMarkRead(ids: $ids) {
      notifications {
        id
        readAt
      }
      unreadCount
      user {
        id
        unreadNotificationCount
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

export const RETRY = graphql(`
  mutation Retry($id: ID!) {
    retryNotification(id: $id) {
      id
      status
      attempts
      lastError
    }
  }
`);

export const ADMIN_NOTIFICATIONS = graphql(`
  query AdminNotifications($filter: NotificationFilter, $first: Int, $after: String) {
    notifications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...NotificationFields
        attempts
        lastError
      }
    }
  }
`);

export const SENT_MAIL = graphql(`
  query SentMail($first: Int) {
    sentMail(first: $first) {
      recipient
      subject
      text
      receivedAt
    }
  }
`);
