/**
 * The result-size flood seen in production: 180 bytes, anonymous, 10.8 MB of answer before the
 * cost limit (each product's variants' product's variants...).
 */
export const RESULT_SIZE_FLOOD =
  "{ products(first:100){ nodes { variants { product { variants { product { variants { product { id } } } } } } } } }";
