import { PRIVATE } from "@shopgraph/subgraph";
import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Owned by products: this subgraph only holds the key and lets the gateway fetch the rest. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("ProductVariant")
export class ProductVariantReference {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("Product")
export class ProductReference {
  @Field(() => ID)
  id!: string;
}

/** Owned by users; orders contributes `orders` and `cart` to it. */
@Directive('@key(fields: "id")')
@Directive(PRIVATE)
@ObjectType("User")
export class UserReference {
  @Field(() => ID)
  id!: string;
}
