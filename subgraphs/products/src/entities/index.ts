import { Category } from "./category.js";
import { Product } from "./product.js";
import { ProductVariant } from "./product-variant.js";
import { StockMovement } from "./stock-movement.js";
import { StockReservation } from "./stock-reservation.js";

export { Category, Product, ProductVariant, StockMovement, StockReservation };
export const entities = [Category, Product, ProductVariant, StockReservation, StockMovement];
