import { onStorageChange, storage } from "../lib/storage";

export const CART_ID_KEY = "shopgraph.cartId";

/**
 * A cart's global id (`Cart_` and 22 base64url characters), or the raw UUID the shop kept before
 * ids were global (the API takes both); anything else in storage was not written by the shop and
 * is ignored.
 */
const CART_ID =
  /^(?:Cart_[A-Za-z0-9_-]{22}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;

function read(): string | null {
  const stored = storage.get(CART_ID_KEY);
  return stored && CART_ID.test(stored) ? stored : null;
}

type Listener = () => void;

/**
 * The id of a guest's cart, all the shop keeps of it: the server holds its lines and prices them.
 * The id is the key to that cart, so it is kept in this browser only, shared by the shop's tabs,
 * and forgotten once the cart is attached to an account (or the server no longer knows it).
 */
export class GuestCartId {
  private snapshot: string | null = read();
  private readonly listeners = new Set<Listener>();

  get = (): string | null => this.snapshot;

  set(id: string): void {
    this.write(id);
  }

  clear(): void {
    this.write(null);
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Picks up a cart another tab created or attached. */
  watchOtherTabs(): () => void {
    return onStorageChange(CART_ID_KEY, () => {
      this.snapshot = read();
      this.emit();
    });
  }

  private write(id: string | null): void {
    if (id === this.snapshot) return;
    this.snapshot = id;
    if (id) storage.set(CART_ID_KEY, id);
    else storage.remove(CART_ID_KEY);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const guestCartId = new GuestCartId();
