// What every part of the shop shares and that does no I/O: no network, no database, no GraphQL.
export * from "./address.js";
export * from "./currencies.js";
export * from "./email.js";
export * from "./error-codes.js";
export * from "./event-catalog.js";
export * from "./ids.js";
export * from "./locale.js";
export * from "./money.js";
export * from "./problems.js";
export * from "./stock.js";
export * from "./viewer.js";
