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
  /** Units in stock when the product was last seen: the same limit a signed-in cart has. */
  stock?: number;
}

/** The most a line may hold: the stock when known, and never more than the per-line limit. */
export function lineLimit(stock: number | null | undefined): number {
  return Math.min(MAX_LINE_QUANTITY, Math.max(0, stock ?? MAX_LINE_QUANTITY));
}

function clampQuantity(quantity: number, stock: number | undefined): number {
  return Math.min(lineLimit(stock), Math.max(0, Math.floor(quantity)));
}

function knownStock(stock: unknown): number | undefined {
  return typeof stock === "number" && Number.isInteger(stock) && stock >= 0 ? stock : undefined;
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
      .map(({ stock, ...line }) => {
        const known = knownStock(stock);
        return {
          ...line,
          ...(known === undefined ? {} : { stock: known }),
          image: line.image ?? null,
          quantity: clampQuantity(line.quantity, known),
        };
      })
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

  /**
   * Adds `quantity` of a variant; the line's quantity adds up, up to the stock and the per-line
   * limit. Returns the line's quantity now.
   */
  add(line: Omit<GuestCartLine, "quantity">, quantity: number): number {
    const existing = this.snapshot.find((l) => l.variantId === line.variantId);
    const stock = line.stock ?? existing?.stock;
    const next = clampQuantity((existing?.quantity ?? 0) + quantity, stock);
    if (existing) {
      this.write(this.snapshot.map((l) => (l.variantId === line.variantId ? { ...l, ...line, quantity: next } : l)));
    } else if (next > 0) {
      this.write([...this.snapshot, { ...line, quantity: next }]);
    }
    return next;
  }

  /** Sets a line's quantity, up to the stock and the per-line limit; zero removes it. */
  update(variantId: string, quantity: number): void {
    const line = this.snapshot.find((l) => l.variantId === variantId);
    if (!line) return;
    const next = clampQuantity(quantity, line.stock);
    if (next === 0) return this.remove(variantId);
    this.write(this.snapshot.map((l) => (l.variantId === variantId ? { ...l, quantity: next } : l)));
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
