/**
 * A ref that moves the focus to its element once it is on the page: where a flow ends on a new
 * page (an order placed), so keyboard and screen-reader users start there, the heading read out,
 * instead of at the top of the document. The element needs `tabIndex={-1}` unless it is focusable.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
