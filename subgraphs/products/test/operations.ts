/** The GraphQL operations the products tests send, written once. */

export const VARIANT_FIELDS = `id sku title options { name value } price { amountCents currency formatted }
  stock inStock available`;

export const PRODUCT_FIELDS = `id slug name description status images createdAt updatedAt
  category { id slug name }
  options { name values }
  priceRange { min { amountCents currency } max { amountCents currency } }
  inStock
  variants { ${VARIANT_FIELDS} }`;

const USER_ERRORS = `userErrors { code field message }`;

export const CREATE_CATEGORY = `mutation($input: CreateCategoryInput!) {
  createCategory(input: $input) { category { id slug name position productCount } ${USER_ERRORS} }
}`;

export const CREATE_PRODUCT = `mutation($input: CreateProductInput!) {
  createProduct(input: $input) { product { ${PRODUCT_FIELDS} } ${USER_ERRORS} }
}`;

export const UPDATE_PRODUCT = `mutation($id: ID!, $input: UpdateProductInput!) {
  updateProduct(id: $id, input: $input) { product { ${PRODUCT_FIELDS} } ${USER_ERRORS} }
}`;

export const ARCHIVE_PRODUCT = `mutation($id: ID!) {
  archiveProduct(id: $id) { product { ${PRODUCT_FIELDS} } ${USER_ERRORS} }
}`;

export const ADD_VARIANT = `mutation($productId: ID!, $input: VariantInput!) {
  addVariant(productId: $productId, input: $input) { variant { ${VARIANT_FIELDS} product { id updatedAt } } ${USER_ERRORS} }
}`;

export const UPDATE_VARIANT = `mutation($id: ID!, $input: UpdateVariantInput!) {
  updateVariant(id: $id, input: $input) { variant { ${VARIANT_FIELDS} } ${USER_ERRORS} }
}`;

export const ADJUST_STOCK = `mutation($variantId: ID!, $delta: Int!, $reason: String) {
  adjustStock(variantId: $variantId, delta: $delta, reason: $reason) { variant { id stock inStock } ${USER_ERRORS} }
}`;

export const RESERVE_STOCK = `mutation($orderId: ID!, $lines: [StockLineInput!]!) {
  reserveStock(orderId: $orderId, lines: $lines) {
    orderId alreadyReserved
    lines { variantId productId productName variantTitle sku unitPrice { amountCents currency formatted } quantity }
    ${USER_ERRORS}
  }
}`;

export const RELEASE_STOCK = `mutation($orderId: ID!) { releaseStock(orderId: $orderId) }`;

export const PRODUCT = `query($id: ID, $slug: String) { product(id: $id, slug: $slug) { ${PRODUCT_FIELDS} } }`;

export const CATEGORIES = `{ categories { id slug name position productCount } }`;

export const SEARCH = `query($first: Int, $after: String, $query: String, $filter: ProductFilter, $sort: ProductSort) {
  products(first: $first, after: $after, query: $query, filter: $filter, sort: $sort) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id slug name } }
    nodes { id slug name status priceRange { min { amountCents } } inStock variants { sku price { amountCents } stock product { id } } }
    facets { categories { category { slug name } count } }
  }
}`;

export const ENTITIES = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Product { id name category { slug } variants { id sku } priceRange { min { amountCents } } }
    ... on ProductVariant { id sku price { amountCents } product { id name category { name } } }
  }
}`;
