import { useEffect, useState } from "react";
import { Link } from "react-router";
import { orderEvents } from "../apollo/order-events";
import { statusLabel } from "../orders/status";

export interface Toast {
  id: number;
  message: string;
  link?: { to: string; label: string } | undefined;
  tone?: "info" | "success" | "error";
}

type Listener = (all: readonly Toast[]) => void;

const TOAST_MS = 6000;
let current: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<Listener>();

function publish(next: readonly Toast[]) {
  current = next;
  for (const listener of listeners) listener(current);
}

/** Short messages anyone may raise (a page, the sign-in flow, the cache); the Toaster shows them. */
export const toasts = {
  show(toast: Omit<Toast, "id">): void {
    const id = nextId++;
    publish([...current.slice(-3), { ...toast, id }]);
    setTimeout(() => toasts.dismiss(id), TOAST_MS);
  },
  dismiss(id: number): void {
    publish(current.filter((toast) => toast.id !== id));
  },
};

export const useToast = () => toasts;

/** Order status changes the cache sees become toasts, once per order and status. */
const announced = new Set<string>();
orderEvents.subscribe((change) => {
  const key = `${change.orderId}:${change.to}`;
  if (announced.has(key)) return;
  announced.add(key);
  const order = change.number ? `Order ${change.number}` : "Your order";
  toasts.show({
    message: `${order} is now ${statusLabel(change.to).toLowerCase()}.`,
    link: { to: `/orders/${change.orderId}`, label: "View order" },
    tone: "info",
  });
});

/** The polite live region that shows the toasts. */
export function Toaster() {
  const [shown, setShown] = useState(current);
  useEffect(() => {
    listeners.add(setShown);
    return () => void listeners.delete(setShown);
  }, []);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {shown.map((toast) => (
        <div key={toast.id} className={`toast toast--${toast.tone ?? "info"}`} data-testid="toast">
          <p>{toast.message}</p>
          {toast.link && (
            <Link to={toast.link.to} className="toast__link" onClick={() => toasts.dismiss(toast.id)}>
              {toast.link.label}
            </Link>
          )}
          <button type="button" className="toast__close" aria-label="Dismiss" onClick={() => toasts.dismiss(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
