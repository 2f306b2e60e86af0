import { useMutation, useQuery } from "@apollo/client/react";
import { useId, useRef, useState } from "react";
import { Link } from "react-router";
import { useAuth } from "../auth/AuthProvider";
import { NotificationBellDocument, NotificationsMarkReadDocument } from "../gql/lazy/graphql";
import { useOrderFeed } from "./use-order-feed";
import { useDismiss } from "../lib/use-dismiss";

function timeAgo(iso: string): string {
  const seconds = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  const format = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
  if (seconds < 60) return format.format(-Math.round(seconds), "second");
  if (seconds < 3600) return format.format(-Math.round(seconds / 60), "minute");
  if (seconds < 86_400) return format.format(-Math.round(seconds / 3600), "hour");
  return format.format(-Math.round(seconds / 86_400), "day");
}

export default function NotificationBell() {
  const { viewer } = useAuth();
  const { data, error, refetch } = useQuery(NotificationBellDocument);
  // News comes with the shopper's order changes. An admin's orderUpdated without an argument
  // would follow every order in the shop: not what a bell or a toast is for.
  useOrderFeed(() => void refetch().catch(() => undefined), { skip: !viewer || viewer.role === "ADMIN" });
  const [markRead] = useMutation(NotificationsMarkReadDocument);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  const me = data?.me;
  const unread = me?.unreadNotificationCount ?? 0;
  const items = me?.notifications.nodes ?? [];

  useDismiss(root, open, () => setOpen(false));

  const toggle = () => {
    const opening = !open;
    setOpen(opening);
    const unreadIds = items.filter((item) => !item.readAt).map((item) => item.id);
    if (opening && me && unreadIds.length > 0) {
      void markRead({ variables: { ids: unreadIds } }).catch(() => undefined);
    }
  };

  if (error && !data) return null;
  return (
    <div className="bell" ref={root}>
      <button
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : "Notifications"}
        onClick={toggle}
      >
        <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
          <path
            d="M12 3a6 6 0 0 0-6 6v3.6L4.3 15.4A1 1 0 0 0 5.2 17h13.6a1 1 0 0 0 .9-1.6L18 12.6V9a6 6 0 0 0-6-6Zm-2 15a2 2 0 0 0 4 0"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        {unread > 0 && (
          <span className="count-badge" data-testid="unread-count">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <div className="bell__panel" id={panelId}>
          <h2 className="bell__title">Notifications</h2>
          {items.length === 0 ? (
            <p className="bell__empty">Nothing yet. We will let you know when your orders move.</p>
          ) : (
            <ul className="bell__list">
              {items.map((item) => (
                <li key={item.id} className={item.readAt ? "bell__item" : "bell__item bell__item--unread"}>
                  {item.order ? (
                    <Link to={`/orders/${item.order.id}`} onClick={() => setOpen(false)}>
                      {item.subject}
                    </Link>
                  ) : (
                    <span>{item.subject}</span>
                  )}
                  <time dateTime={item.createdAt}>{timeAgo(item.createdAt)}</time>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
