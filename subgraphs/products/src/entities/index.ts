import { OutboxEvent } from "@shopgraph/messaging";
import { Category } from "./category.js";
import { MediaUpload } from "./media-upload.js";
import { Product } from "./product.js";
import { ProductMedia } from "./product-media.js";
import { ProductVariant } from "./product-variant.js";
import { ReleasedOrder } from "./released-order.js";
import { SearchTerm } from "./search-term.js";
import { StockMovement } from "./stock-movement.js";
import { StockReservation } from "./stock-reservation.js";

export {
  Category,
  MediaUpload,
  Product,
  ProductMedia,
  ProductVariant,
  ReleasedOrder,
  SearchTerm,
  StockMovement,
  StockReservation,
};
export const entities = [
  Category,
  Product,
  ProductVariant,
  StockReservation,
  StockMovement,
  ReleasedOrder,
  SearchTerm,
  MediaUpload,
  ProductMedia,
  OutboxEvent,
];
