import { forbidden } from "@shopgraph/platform";
import { NodeId, requireUser, withUserErrors } from "@shopgraph/subgraph";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from "type-graphql";
import { deleteAddress, listSavedAddresses, saveAddress, visibleSavedAddress } from "../app/saved-addresses.js";
import { AddressErrorCode } from "../domain/errors.js";
import type { SavedAddress, User } from "../entities/index.js";
import { DeleteAddressPayload, SaveAddressInput, SavedAddressPayload, SavedAddressType } from "./address.types.js";
import type { UsersContext } from "./context.js";
import { UserType } from "./types.js";

/** Saved addresses are their user's alone: not even admins read or change another's. */
@Resolver(() => UserType)
export class UserAddressesResolver {
  @FieldResolver(() => [SavedAddressType], {
    description: "Your saved addresses, oldest first (at most 20); only you may read them",
  })
  addresses(@Root() user: User, @Ctx() { em, viewer }: UsersContext): Promise<SavedAddress[]> {
    if (viewer.kind !== "user" || viewer.userId !== user.id)
      throw forbidden("Only the user can see their saved addresses");
    return listSavedAddresses(em, user.id);
  }
}

@Resolver(() => SavedAddressType)
export class SavedAddressResolver {
  @Authorized()
  @Mutation(() => SavedAddressPayload, {
    description:
      "Saves a new address, or replaces one of yours (input.id). Checked as checkout checks a shipping address; ADDRESS_NOT_FOUND for an id that is not one of yours, TOO_MANY_ADDRESSES beyond 20",
  })
  saveAddress(@Arg("input", { description: "The address" }) input: SaveAddressInput, @Ctx() context: UsersContext) {
    const { userId } = requireUser(context.viewer);
    return withUserErrors(AddressErrorCode, async () => ({
      address: await saveAddress(context.em, userId, input),
      user: await context.userById.load(userId),
    }));
  }

  @Authorized()
  @Mutation(() => DeleteAddressPayload, {
    description: "Deletes one of your addresses (no other becomes the default); ADDRESS_NOT_FOUND otherwise",
  })
  deleteAddress(
    @Arg("id", () => ID, { description: "SavedAddress.id" }) @NodeId("SavedAddress") id: string,
    @Ctx() context: UsersContext,
  ) {
    const { userId } = requireUser(context.viewer);
    return withUserErrors(AddressErrorCode, async () => ({
      deletedAddressId: await deleteAddress(context.em, userId, id),
      user: await context.userById.load(userId),
    }));
  }
}

/** `_entities` (and `node(id:)`) for saved addresses: the owner's only; anyone else gets null, as for an unknown id. */
export const savedAddressReferenceResolver = {
  __resolveReference(reference: { id: string }, { em, viewer }: UsersContext) {
    return viewer.kind === "user" ? visibleSavedAddress(em, viewer.userId, reference.id) : null;
  },
};
