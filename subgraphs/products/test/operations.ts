import { graphql } from "./gql/index.js";

/** The GraphQL operations the products tests send, written once (typed: see codegen.ts). */
graphql(`
  fragment VariantFields on ProductVariant {
    id
    sku
    title
    options {
      name
      value
    }
    price {
      amountCents
      currency
      formatted
    }
    stock
    inStock
    available
  }
`);

graphql(`
  fragment ProductFields on Product {
    id
    slug
    name
    description
    status
    images
    createdAt
    updatedAt
    category {
      id
      slug
      name
    }
    options {
      name
      values
    }
    priceRange {
      min {
        amountCents
        currency
      }
      max {
        amountCents
        currency
      }
    }
    inStock
    variants {
      ...VariantFields
    }
  }
`);

export const CREATE_CATEGORY = graphql(`
  mutation CreateCategory($input: CreateCategoryInput!) {
    createCategory(input: $input) {
      category {
        id
        slug
        name
        position
        productCount
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const CREATE_PRODUCT = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      product {
        ...ProductFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UPDATE_PRODUCT = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      product {
        ...ProductFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ARCHIVE_PRODUCT = graphql(`
  mutation ArchiveProduct($id: ID!) {
    archiveProduct(id: $id) {
      product {
        ...ProductFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ADD_VARIANT = graphql(`
  mutation AddVariant($productId: ID!, $input: VariantInput!) {
    addVariant(productId: $productId, input: $input) {
      variant {
        ...VariantFields
        product {
          id
          updatedAt
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const UPDATE_VARIANT = graphql(`
  mutation UpdateVariant($id: ID!, $input: UpdateVariantInput!) {
    updateVariant(id: $id, input: $input) {
      variant {
        ...VariantFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const ADJUST_STOCK = graphql(`
  mutation AdjustStock($variantId: ID!, $delta: Int!, $reason: String) {
    adjustStock(variantId: $variantId, delta: $delta, reason: $reason) {
      variant {
        id
        stock
        inStock
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RESERVE_STOCK = graphql(`
  mutation ReserveStock($orderId: ID!, $lines: [StockLineInput!]!) {
    reserveStock(orderId: $orderId, lines: $lines) {
      orderId
      alreadyReserved
      lines {
        variantId
        productId
        productName
        variantTitle
        sku
        unitPrice {
          amountCents
          currency
          formatted
        }
        quantity
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

export const RELEASE_STOCK = graphql(`
  mutation ReleaseStock($orderId: ID!) {
    releaseStock(orderId: $orderId)
  }
`);

export const PRODUCT = graphql(`
  query Product($id: ID, $slug: String) {
    product(id: $id, slug: $slug) {
      ...ProductFields
    }
  }
`);

export const CATEGORIES = graphql(`
  query Categories {
    categories {
      id
      slug
      name
      position
      productCount
    }
  }
`);

export const SEARCH = graphql(`
  query Search($first: Int, $after: String, $query: String, $filter: ProductFilter, $sort: ProductSort) {
    products(first: $first, after: $after, query: $query, filter: $filter, sort: $sort) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          name
        }
      }
      nodes {
        id
        slug
        name
        status
        priceRange {
          min {
            amountCents
          }
        }
        inStock
        variants {
          sku
          price {
            amountCents
          }
          stock
          product {
            id
          }
        }
      }
      facets {
        categories {
          category {
            slug
            name
          }
          count
        }
      }
    }
  }
`);

export const ENTITIES = graphql(`
  query Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Product {
        id
        name
        category {
          slug
        }
        variants {
          id
          sku
        }
        priceRange {
          min {
            amountCents
          }
        }
      }
      ... on ProductVariant {
        id
        sku
        price {
          amountCents
        }
        product {
          id
          name
          category {
            name
          }
        }
      }
    }
  }
`);

export const SEARCH_RANKED = graphql(`
  query SearchRanked($query: String, $first: Int, $after: String, $filter: ProductFilter, $sortKey: ProductSortKeys) {
    products(query: $query, first: $first, after: $after, filter: $filter, sortKey: $sortKey) {
      totalCount
      didYouMean
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        name
        priceRange {
          min {
            amountCents
          }
        }
      }
    }
  }
`);

export const SEARCH_SUGGESTIONS = graphql(`
  query SearchSuggestions($prefix: String!, $first: Int) {
    searchSuggestions(prefix: $prefix, first: $first) {
      kind
      text
      product {
        slug
        name
      }
      category {
        slug
        name
      }
    }
  }
`);

graphql(`
  fragment MediaFields on ProductMedia {
    id
    alt
    width
    height
    widths
    url(width: 400, format: WEBP)
    srcset(format: AVIF)
    sources {
      format
      mimeType
      srcset
    }
  }
`);

export const PRODUCT_MEDIA = graphql(`
  query ProductMedia($id: ID!) {
    product(id: $id) {
      id
      media {
        ...MediaFields
      }
      variants {
        id
        colour
        image {
          id
        }
      }
    }
  }
`);

export const ADD_PRODUCT_MEDIA = graphql(`
  mutation AddProductMedia($input: AddProductMediaInput!) {
    addProductMedia(input: $input) {
      product {
        id
        media {
          ...MediaFields
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

export const REORDER_PRODUCT_MEDIA = graphql(`
  mutation ReorderProductMedia($productId: ID!, $mediaIds: [String!]!) {
    reorderProductMedia(productId: $productId, mediaIds: $mediaIds) {
      product {
        media {
          id
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

export const REMOVE_PRODUCT_MEDIA = graphql(`
  mutation RemoveProductMedia($id: String!) {
    removeProductMedia(id: $id) {
      product {
        media {
          id
        }
        variants {
          image {
            id
          }
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

export const SET_VARIANT_LOOK = graphql(`
  mutation SetVariantLook($id: ID!, $input: UpdateVariantInput!) {
    updateVariant(id: $id, input: $input) {
      variant {
        id
        colour
        image {
          id
          alt
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);

export const SET_VARIANT_ARCHIVED = graphql(`
  mutation SetVariantArchived($id: ID!, $archive: Boolean!) {
    archiveVariant(id: $id) @include(if: $archive) {
      variant {
        id
        archived
        availableForSale
      }
      userErrors {
        code
      }
    }
    restoreVariant(id: $id) @skip(if: $archive) {
      variant {
        id
        archived
        availableForSale
      }
      userErrors {
        code
      }
    }
  }
`);

export const VARIANTS_ON_SALE = graphql(`
  query VariantsOnSale($id: ID!, $colour: String!) {
    product(id: $id) {
      inStock
      priceRange {
        max {
          amountCents
        }
      }
      options {
        name
        values
      }
      variants {
        title
        archived
      }
    }
    products(first: 10, filter: { options: [{ name: "Colour", value: $colour }] }) {
      totalCount
    }
    searched: products(first: 10, query: $colour) {
      totalCount
    }
  }
`);
