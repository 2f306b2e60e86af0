import type { MoneyLike } from "../lib/money";
import { onStorageChange, storage } from "../lib/storage";

export const GUEST_CART_KEY = "shopgraph.guestCart";
/** The orders subgraph's limit per line; a guest cart never promises more. */
export const MAX_LINE_QUANTITY = 99;

/** A line of the cart a shopper fills before signing in, with what the cart page shows of it. */
export interface GuestCartLine {
  variantId: string;
  quantity: number;
  productSlug: string;
  productName: string;
  variantTitle: string;
  image: string | null;
  unitPrice: MoneyLike;
}

function clampQuantity(quantity: number): number {
  return Math.min(MAX_LINE_QUANTITY, Math.max(0, Math.floor(quantity)));
}

function isLine(value: unknown): value is GuestCartLine {
  const line = value as Partial<GuestCartLine> | null;
  return (
    typeof line?.variantId === "string" &&
    typeof line.quantity === "number" &&
    Number.isFinite(line.quantity) &&
    typeof line.productSlug === "string" &&
    typeof line.productName === "string" &&
    typeof line.variantTitle === "string" &&
    typeof line.unitPrice?.amountCents === "number" &&
    typeof line.unitPrice.currency === "string"
  );
}

/** What is stored, keeping only well-formed lines: storage is input like any other. */
function read(): GuestCartLine[] {
  const raw = storage.get(GUEST_CART_KEY);
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter(isLine)
      .map((line) => ({ ...line, image: line.image ?? null, quantity: clampQuantity(line.quantity) }))
      .filter((line) => line.quantity > 0);
  } catch {
    return [];
  }
}

type Listener = () => void;

/**
 * The guest cart in localStorage, shared by the tabs of the shop. Lines are snapshots made when
 * the product was added; the server prices them again when they are merged into the account's
 * cart on sign-in.
 */
export class GuestCart {
  private snapshot: GuestCartLine[] = read();
  private readonly listeners = new Set<Listener>();

  lines = (): GuestCartLine[] => this.snapshot;

  totalQuantity(): number {
    return this.snapshot.reduce((sum, line) => sum + line.quantity, 0);
  }

  /** Adds `quantity` of a variant; the line's quantity adds up, up to the per-line limit. */
  add(line: Omit<GuestCartLine, "quantity">, quantity: number): void {
    const existing = this.snapshot.find((l) => l.variantId === line.variantId);
    const next = clampQuantity((existing?.quantity ?? 0) + quantity);
    if (existing) {
      this.write(this.snapshot.map((l) => (l.variantId === line.variantId ? { ...l, ...line, quantity: next } : l)));
    } else if (next > 0) {
      this.write([...this.snapshot, { ...line, quantity: next }]);
    }
  }

  /** Sets a line's quantity; zero removes it. */
  update(variantId: string, quantity: number): void {
    const next = clampQuantity(quantity);
    if (next === 0) return this.remove(variantId);
    this.write(this.snapshot.map((line) => (line.variantId === variantId ? { ...line, quantity: next } : line)));
  }

  remove(variantId: string): void {
    this.write(this.snapshot.filter((line) => line.variantId !== variantId));
  }

  clear(): void {
    this.write([]);
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Picks up changes other tabs make. */
  watchOtherTabs(): () => void {
    return onStorageChange(GUEST_CART_KEY, () => {
      this.snapshot = read();
      this.emit();
    });
  }

  private write(lines: GuestCartLine[]): void {
    this.snapshot = lines;
    if (lines.length === 0) storage.remove(GUEST_CART_KEY);
    else storage.set(GUEST_CART_KEY, JSON.stringify(lines));
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

export const guestCart = new GuestCart();
