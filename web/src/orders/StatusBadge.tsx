import { statusLabel } from "./status";

export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`badge badge--${status.toLowerCase().replace("_", "-")}`} data-testid="order-status">
      {statusLabel(status)}
    </span>
  );
}
