import type { ReactNode } from "react";
import { ErrorState, Spinner } from "../components/States";

/**
 * The scaffold of the checkout settings' screens (promotions, shipping, tax rates): a titled
 * section with its count, the notice that announces changes, then the list, or the failure with a
 * retry, or a spinner, or what to say when there is nothing yet, and after it the form that adds one.
 */
export function AdminList<Item>({
  id,
  title,
  count,
  notice,
  items,
  error,
  onRetry,
  loadingLabel,
  empty,
  children,
  form,
}: {
  /** The section's title id (`<id>-title`). */
  id: string;
  title: string;
  /** Shown muted after the title once the items are known, e.g. `3 live`. */
  count: (items: readonly Item[]) => string;
  notice: ReactNode;
  /** Undefined until the query has answered. */
  items: readonly Item[] | undefined;
  error: unknown;
  onRetry: () => void;
  loadingLabel: string;
  empty: ReactNode;
  children: (items: readonly Item[]) => ReactNode;
  form: ReactNode;
}) {
  const titleId = `${id}-title`;
  return (
    <section aria-labelledby={titleId} className="checkout-settings">
      <div className="admin__toolbar">
        <h2 id={titleId} className="admin__title">
          {title} {items && <span className="muted">({count(items)})</span>}
        </h2>
      </div>
      {notice}
      {error && !items ? (
        <ErrorState error={error} onRetry={onRetry} />
      ) : !items ? (
        <Spinner label={loadingLabel} />
      ) : items.length === 0 ? (
        <p className="panel">{empty}</p>
      ) : (
        children(items)
      )}
      {form}
    </section>
  );
}

/** One column of an AdminTable: numbers are right-aligned. */
export interface AdminColumn {
  label: string;
  numeric?: boolean;
}

/**
 * A list as a table: a caption for screen readers, the columns, and a last column of actions
 * (named for screen readers only); each row is the caller's `<tr>`, its first cell a row header.
 */
export function AdminTable({
  caption,
  columns,
  panel = true,
  children,
}: {
  caption: string;
  columns: readonly AdminColumn[];
  /** In a panel of its own (false: inside one already). */
  panel?: boolean;
  children: ReactNode;
}) {
  return (
    <div className={panel ? "table-wrap panel" : "table-wrap"}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.label} scope="col" className={column.numeric ? "num" : undefined}>
                {column.label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
