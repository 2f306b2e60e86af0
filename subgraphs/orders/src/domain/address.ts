// The check is shared with users' saved addresses (kernel's address.ts): one rule for both.
export { checkAddress, type AddressInput } from "@shopgraph/kernel";
