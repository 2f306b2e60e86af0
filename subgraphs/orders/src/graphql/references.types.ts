import { ADMIN_TAG, PRIVATE } from "@shopgraph/subgraph";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Node } from "./node.js";

/*
 * Types other subgraphs own. Orders holds their keys: to point at them (a line's variant, an
 * order's user), and because it serves `node(id:)`, whose entity interface needs an entity of
 * every type implementing Node here. The gateway fetches their other fields from their owners.
 */

@Directive('@key(fields: "id")')
@ObjectType("ProductVariant", { implements: Node })
export class ProductVariantReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Product", { implements: Node })
export class ProductReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Category", { implements: Node })
export class CategoryReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("Notification", { implements: Node })
export class NotificationReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("WebhookEndpoint", { implements: Node })
export class WebhookEndpointReference {
  @Field(() => ID, { description: "Global id (WebhookEndpoint_…)" })
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType("WebhookDelivery", { implements: Node })
export class WebhookDeliveryReference {
  @Field(() => ID, { description: "Global id (WebhookDelivery_…)" })
  id!: string;
}

/** A shopper's saved address, owned by users. */
@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("SavedAddress", { implements: Node })
export class SavedAddressReference {
  @Field(() => ID)
  id!: string;
}

/** Owned by users; orders contributes `orders` and `cart` to it. */
@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("User", { implements: Node })
export class UserReference {
  @Field(() => ID)
  id!: string;
}

/** Owned by users (admins' partner apps and their keys): keys only, for `node(id:)`. */
@Directive('@key(fields: "id")')
@Directive(`@tag(name: "${ADMIN_TAG}")`)
@ObjectType("PartnerApp", { implements: Node })
export class PartnerAppReference {
  @Field(() => ID, { description: "Global id (PartnerApp_…)" })
  id!: string;
}

@Directive('@key(fields: "id")')
@Directive(`@tag(name: "${ADMIN_TAG}")`)
@ObjectType("ApiKey", { implements: Node })
export class ApiKeyReference {
  @Field(() => ID, { description: "Global id (ApiKey_…)" })
  id!: string;
}
