import { buildFederatedSchema, MoneyResolver } from "@shopgraph/subgraph";
import { AdminResolver } from "./graphql/admin.resolver.js";
import { CategoryResolver } from "./graphql/category.resolver.js";
import { MediaAdminResolver, ProductMediaResolver } from "./graphql/media.resolver.js";
import { ProductResolver } from "./graphql/product.resolver.js";
import { referenceResolvers } from "./graphql/references.js";
import { ProductConnectionResolver, SearchSuggestionResolver } from "./graphql/search.resolver.js";
import { StockResolver } from "./graphql/stock.resolver.js";
import { VariantResolver } from "./graphql/variant.resolver.js";

export function buildProductsSchema() {
  return buildFederatedSchema({
    resolvers: [
      ProductResolver,
      ProductConnectionResolver,
      SearchSuggestionResolver,
      VariantResolver,
      CategoryResolver,
      AdminResolver,
      ProductMediaResolver,
      MediaAdminResolver,
      StockResolver,
      MoneyResolver,
    ],
    referenceResolvers,
  });
}
