import { OutboxEvent } from "@shopgraph/messaging";
import { Category } from "./category.js";
import { Product } from "./product.js";
import { ProductVariant } from "./product-variant.js";
import { ReleasedOrder } from "./released-order.js";
import { SearchTerm } from "./search-term.js";
import { StockMovement } from "./stock-movement.js";
import { StockReservation } from "./stock-reservation.js";

export { Category, Product, ProductVariant, ReleasedOrder, SearchTerm, StockMovement, StockReservation };
export const entities = [
  Category,
  Product,
  ProductVariant,
  StockReservation,
  StockMovement,
  ReleasedOrder,
  SearchTerm,
  OutboxEvent,
];
