/** Vocabulary of the catalog, shared by entities, the read model and the GraphQL types. */

export const ProductStatus = { ACTIVE: "ACTIVE", ARCHIVED: "ARCHIVED" } as const;
export type ProductStatus = (typeof ProductStatus)[keyof typeof ProductStatus];

/** Why a variant's stock changed; every change writes one stock movement. */
export const StockMovementKind = {
  INITIAL: "INITIAL",
  ADJUSTMENT: "ADJUSTMENT",
  RESERVATION: "RESERVATION",
  RELEASE: "RELEASE",
} as const;
export type StockMovementKind = (typeof StockMovementKind)[keyof typeof StockMovementKind];

export interface OptionValue {
  name: string;
  value: string;
}
