/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment VariantFields on ProductVariant {\n    id\n    sku\n    title\n    options {\n      name\n      value\n    }\n    price {\n      amountCents\n      currency\n      formatted\n    }\n    stock\n    inStock\n    available\n  }\n": typeof types.VariantFieldsFragmentDoc,
    "\n  fragment ProductFields on Product {\n    id\n    slug\n    name\n    description\n    status\n    images\n    createdAt\n    updatedAt\n    category {\n      id\n      slug\n      name\n    }\n    options {\n      name\n      values\n    }\n    priceRange {\n      min {\n        amountCents\n        currency\n      }\n      max {\n        amountCents\n        currency\n      }\n    }\n    inStock\n    variants {\n      ...VariantFields\n    }\n  }\n": typeof types.ProductFieldsFragmentDoc,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n        slug\n        name\n        position\n        productCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateCategoryDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  mutation ArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ArchiveProductDocument,
    "\n  mutation AddVariant($productId: ID!, $input: VariantInput!) {\n    addVariant(productId: $productId, input: $input) {\n      variant {\n        ...VariantFields\n        product {\n          id\n          updatedAt\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AddVariantDocument,
    "\n  mutation UpdateVariant($id: ID!, $input: UpdateVariantInput!) {\n    updateVariant(id: $id, input: $input) {\n      variant {\n        ...VariantFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.UpdateVariantDocument,
    "\n  mutation AdjustStock($variantId: ID!, $delta: Int!, $reason: String) {\n    adjustStock(variantId: $variantId, delta: $delta, reason: $reason) {\n      variant {\n        id\n        stock\n        inStock\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AdjustStockDocument,
    "\n  mutation ReserveStock($orderId: ID!, $lines: [StockLineInput!]!) {\n    reserveStock(orderId: $orderId, lines: $lines) {\n      orderId\n      alreadyReserved\n      lines {\n        variantId\n        productId\n        productName\n        variantTitle\n        sku\n        unitPrice {\n          amountCents\n          currency\n          formatted\n        }\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ReserveStockDocument,
    "\n  mutation ReleaseStock($orderId: ID!) {\n    releaseStock(orderId: $orderId)\n  }\n": typeof types.ReleaseStockDocument,
    "\n  query Product($id: ID, $slug: String) {\n    product(id: $id, slug: $slug) {\n      ...ProductFields\n    }\n  }\n": typeof types.ProductDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      position\n      productCount\n    }\n  }\n": typeof types.CategoriesDocument,
    "\n  query Search($first: Int, $after: String, $query: String, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, query: $query, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n        }\n      }\n      nodes {\n        id\n        slug\n        name\n        status\n        priceRange {\n          min {\n            amountCents\n          }\n        }\n        inStock\n        variants {\n          sku\n          price {\n            amountCents\n          }\n          stock\n          product {\n            id\n          }\n        }\n      }\n      facets {\n        categories {\n          category {\n            slug\n            name\n          }\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      __typename\n      ... on Product {\n        id\n        name\n        category {\n          slug\n        }\n        variants {\n          id\n          sku\n        }\n        priceRange {\n          min {\n            amountCents\n          }\n        }\n      }\n      ... on ProductVariant {\n        id\n        sku\n        price {\n          amountCents\n        }\n        product {\n          id\n          name\n          category {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.EntitiesDocument,
    "\n  query CategoryCounts {\n    categories {\n      slug\n      productCount\n    }\n  }\n": typeof types.CategoryCountsDocument,
    "\n  query CountsUnderProducts {\n    products(first: 40) {\n      nodes {\n        category {\n          slug\n          productCount\n        }\n      }\n      facets {\n        categories {\n          category {\n            productCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountsUnderProductsDocument,
    "\n  mutation WeightTaxCreate($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n        weightGrams\n        taxCategory\n        variants {\n          id\n          weightGrams\n          taxCategory\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.WeightTaxCreateDocument,
    "\n  mutation WeightTaxUpdate($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        weightGrams\n        taxCategory\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.WeightTaxUpdateDocument,
    "\n  mutation WeightTaxReserve($orderId: ID!, $lines: [StockLineInput!]!) {\n    reserveStock(orderId: $orderId, lines: $lines) {\n      alreadyReserved\n      lines {\n        variantId\n        weightGrams\n        taxCategory\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.WeightTaxReserveDocument,
};
const documents: Documents = {
    "\n  fragment VariantFields on ProductVariant {\n    id\n    sku\n    title\n    options {\n      name\n      value\n    }\n    price {\n      amountCents\n      currency\n      formatted\n    }\n    stock\n    inStock\n    available\n  }\n": types.VariantFieldsFragmentDoc,
    "\n  fragment ProductFields on Product {\n    id\n    slug\n    name\n    description\n    status\n    images\n    createdAt\n    updatedAt\n    category {\n      id\n      slug\n      name\n    }\n    options {\n      name\n      values\n    }\n    priceRange {\n      min {\n        amountCents\n        currency\n      }\n      max {\n        amountCents\n        currency\n      }\n    }\n    inStock\n    variants {\n      ...VariantFields\n    }\n  }\n": types.ProductFieldsFragmentDoc,
    "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n        slug\n        name\n        position\n        productCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateCategoryDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateProductDocument,
    "\n  mutation ArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ArchiveProductDocument,
    "\n  mutation AddVariant($productId: ID!, $input: VariantInput!) {\n    addVariant(productId: $productId, input: $input) {\n      variant {\n        ...VariantFields\n        product {\n          id\n          updatedAt\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AddVariantDocument,
    "\n  mutation UpdateVariant($id: ID!, $input: UpdateVariantInput!) {\n    updateVariant(id: $id, input: $input) {\n      variant {\n        ...VariantFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.UpdateVariantDocument,
    "\n  mutation AdjustStock($variantId: ID!, $delta: Int!, $reason: String) {\n    adjustStock(variantId: $variantId, delta: $delta, reason: $reason) {\n      variant {\n        id\n        stock\n        inStock\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AdjustStockDocument,
    "\n  mutation ReserveStock($orderId: ID!, $lines: [StockLineInput!]!) {\n    reserveStock(orderId: $orderId, lines: $lines) {\n      orderId\n      alreadyReserved\n      lines {\n        variantId\n        productId\n        productName\n        variantTitle\n        sku\n        unitPrice {\n          amountCents\n          currency\n          formatted\n        }\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ReserveStockDocument,
    "\n  mutation ReleaseStock($orderId: ID!) {\n    releaseStock(orderId: $orderId)\n  }\n": types.ReleaseStockDocument,
    "\n  query Product($id: ID, $slug: String) {\n    product(id: $id, slug: $slug) {\n      ...ProductFields\n    }\n  }\n": types.ProductDocument,
    "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      position\n      productCount\n    }\n  }\n": types.CategoriesDocument,
    "\n  query Search($first: Int, $after: String, $query: String, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, query: $query, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n        }\n      }\n      nodes {\n        id\n        slug\n        name\n        status\n        priceRange {\n          min {\n            amountCents\n          }\n        }\n        inStock\n        variants {\n          sku\n          price {\n            amountCents\n          }\n          stock\n          product {\n            id\n          }\n        }\n      }\n      facets {\n        categories {\n          category {\n            slug\n            name\n          }\n          count\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      __typename\n      ... on Product {\n        id\n        name\n        category {\n          slug\n        }\n        variants {\n          id\n          sku\n        }\n        priceRange {\n          min {\n            amountCents\n          }\n        }\n      }\n      ... on ProductVariant {\n        id\n        sku\n        price {\n          amountCents\n        }\n        product {\n          id\n          name\n          category {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.EntitiesDocument,
    "\n  query CategoryCounts {\n    categories {\n      slug\n      productCount\n    }\n  }\n": types.CategoryCountsDocument,
    "\n  query CountsUnderProducts {\n    products(first: 40) {\n      nodes {\n        category {\n          slug\n          productCount\n        }\n      }\n      facets {\n        categories {\n          category {\n            productCount\n          }\n        }\n      }\n    }\n  }\n": types.CountsUnderProductsDocument,
    "\n  mutation WeightTaxCreate($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n        weightGrams\n        taxCategory\n        variants {\n          id\n          weightGrams\n          taxCategory\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.WeightTaxCreateDocument,
    "\n  mutation WeightTaxUpdate($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        weightGrams\n        taxCategory\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.WeightTaxUpdateDocument,
    "\n  mutation WeightTaxReserve($orderId: ID!, $lines: [StockLineInput!]!) {\n    reserveStock(orderId: $orderId, lines: $lines) {\n      alreadyReserved\n      lines {\n        variantId\n        weightGrams\n        taxCategory\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.WeightTaxReserveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VariantFields on ProductVariant {\n    id\n    sku\n    title\n    options {\n      name\n      value\n    }\n    price {\n      amountCents\n      currency\n      formatted\n    }\n    stock\n    inStock\n    available\n  }\n"): (typeof documents)["\n  fragment VariantFields on ProductVariant {\n    id\n    sku\n    title\n    options {\n      name\n      value\n    }\n    price {\n      amountCents\n      currency\n      formatted\n    }\n    stock\n    inStock\n    available\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFields on Product {\n    id\n    slug\n    name\n    description\n    status\n    images\n    createdAt\n    updatedAt\n    category {\n      id\n      slug\n      name\n    }\n    options {\n      name\n      values\n    }\n    priceRange {\n      min {\n        amountCents\n        currency\n      }\n      max {\n        amountCents\n        currency\n      }\n    }\n    inStock\n    variants {\n      ...VariantFields\n    }\n  }\n"): (typeof documents)["\n  fragment ProductFields on Product {\n    id\n    slug\n    name\n    description\n    status\n    images\n    createdAt\n    updatedAt\n    category {\n      id\n      slug\n      name\n    }\n    options {\n      name\n      values\n    }\n    priceRange {\n      min {\n        amountCents\n        currency\n      }\n      max {\n        amountCents\n        currency\n      }\n    }\n    inStock\n    variants {\n      ...VariantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n        slug\n        name\n        position\n        productCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCategory($input: CreateCategoryInput!) {\n    createCategory(input: $input) {\n      category {\n        id\n        slug\n        name\n        position\n        productCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      product {\n        ...ProductFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddVariant($productId: ID!, $input: VariantInput!) {\n    addVariant(productId: $productId, input: $input) {\n      variant {\n        ...VariantFields\n        product {\n          id\n          updatedAt\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddVariant($productId: ID!, $input: VariantInput!) {\n    addVariant(productId: $productId, input: $input) {\n      variant {\n        ...VariantFields\n        product {\n          id\n          updatedAt\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVariant($id: ID!, $input: UpdateVariantInput!) {\n    updateVariant(id: $id, input: $input) {\n      variant {\n        ...VariantFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVariant($id: ID!, $input: UpdateVariantInput!) {\n    updateVariant(id: $id, input: $input) {\n      variant {\n        ...VariantFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustStock($variantId: ID!, $delta: Int!, $reason: String) {\n    adjustStock(variantId: $variantId, delta: $delta, reason: $reason) {\n      variant {\n        id\n        stock\n        inStock\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdjustStock($variantId: ID!, $delta: Int!, $reason: String) {\n    adjustStock(variantId: $variantId, delta: $delta, reason: $reason) {\n      variant {\n        id\n        stock\n        inStock\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReserveStock($orderId: ID!, $lines: [StockLineInput!]!) {\n    reserveStock(orderId: $orderId, lines: $lines) {\n      orderId\n      alreadyReserved\n      lines {\n        variantId\n        productId\n        productName\n        variantTitle\n        sku\n        unitPrice {\n          amountCents\n          currency\n          formatted\n        }\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReserveStock($orderId: ID!, $lines: [StockLineInput!]!) {\n    reserveStock(orderId: $orderId, lines: $lines) {\n      orderId\n      alreadyReserved\n      lines {\n        variantId\n        productId\n        productName\n        variantTitle\n        sku\n        unitPrice {\n          amountCents\n          currency\n          formatted\n        }\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseStock($orderId: ID!) {\n    releaseStock(orderId: $orderId)\n  }\n"): (typeof documents)["\n  mutation ReleaseStock($orderId: ID!) {\n    releaseStock(orderId: $orderId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Product($id: ID, $slug: String) {\n    product(id: $id, slug: $slug) {\n      ...ProductFields\n    }\n  }\n"): (typeof documents)["\n  query Product($id: ID, $slug: String) {\n    product(id: $id, slug: $slug) {\n      ...ProductFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      position\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query Categories {\n    categories {\n      id\n      slug\n      name\n      position\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($first: Int, $after: String, $query: String, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, query: $query, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n        }\n      }\n      nodes {\n        id\n        slug\n        name\n        status\n        priceRange {\n          min {\n            amountCents\n          }\n        }\n        inStock\n        variants {\n          sku\n          price {\n            amountCents\n          }\n          stock\n          product {\n            id\n          }\n        }\n      }\n      facets {\n        categories {\n          category {\n            slug\n            name\n          }\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($first: Int, $after: String, $query: String, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, query: $query, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          name\n        }\n      }\n      nodes {\n        id\n        slug\n        name\n        status\n        priceRange {\n          min {\n            amountCents\n          }\n        }\n        inStock\n        variants {\n          sku\n          price {\n            amountCents\n          }\n          stock\n          product {\n            id\n          }\n        }\n      }\n      facets {\n        categories {\n          category {\n            slug\n            name\n          }\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      __typename\n      ... on Product {\n        id\n        name\n        category {\n          slug\n        }\n        variants {\n          id\n          sku\n        }\n        priceRange {\n          min {\n            amountCents\n          }\n        }\n      }\n      ... on ProductVariant {\n        id\n        sku\n        price {\n          amountCents\n        }\n        product {\n          id\n          name\n          category {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Entities($representations: [_Any!]!) {\n    _entities(representations: $representations) {\n      __typename\n      ... on Product {\n        id\n        name\n        category {\n          slug\n        }\n        variants {\n          id\n          sku\n        }\n        priceRange {\n          min {\n            amountCents\n          }\n        }\n      }\n      ... on ProductVariant {\n        id\n        sku\n        price {\n          amountCents\n        }\n        product {\n          id\n          name\n          category {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryCounts {\n    categories {\n      slug\n      productCount\n    }\n  }\n"): (typeof documents)["\n  query CategoryCounts {\n    categories {\n      slug\n      productCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountsUnderProducts {\n    products(first: 40) {\n      nodes {\n        category {\n          slug\n          productCount\n        }\n      }\n      facets {\n        categories {\n          category {\n            productCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CountsUnderProducts {\n    products(first: 40) {\n      nodes {\n        category {\n          slug\n          productCount\n        }\n      }\n      facets {\n        categories {\n          category {\n            productCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WeightTaxCreate($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n        weightGrams\n        taxCategory\n        variants {\n          id\n          weightGrams\n          taxCategory\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WeightTaxCreate($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      product {\n        id\n        weightGrams\n        taxCategory\n        variants {\n          id\n          weightGrams\n          taxCategory\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WeightTaxUpdate($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        weightGrams\n        taxCategory\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WeightTaxUpdate($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product {\n        weightGrams\n        taxCategory\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WeightTaxReserve($orderId: ID!, $lines: [StockLineInput!]!) {\n    reserveStock(orderId: $orderId, lines: $lines) {\n      alreadyReserved\n      lines {\n        variantId\n        weightGrams\n        taxCategory\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WeightTaxReserve($orderId: ID!, $lines: [StockLineInput!]!) {\n    reserveStock(orderId: $orderId, lines: $lines) {\n      alreadyReserved\n      lines {\n        variantId\n        weightGrams\n        taxCategory\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;