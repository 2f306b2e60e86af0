import { userErrorType } from "@shopgraph/common";
import { CatalogErrorCode, StockErrorCode } from "../domain/errors.js";

/** `CatalogUserError { field message code: CatalogErrorCode! }`: the userErrors of product and category admin. */
export const CatalogUserError = userErrorType("Catalog", CatalogErrorCode);

/** `StockUserError { field message code: StockErrorCode! }`: the userErrors of adjustStock and reserveStock. */
export const StockUserError = userErrorType("Stock", StockErrorCode);
