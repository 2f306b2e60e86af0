import {
  getArgumentValues,
  getVariableValues,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/** One `login` field of a request: where its result lands and which account it tries. */
export interface LoginAttempt {
  responseKey: string;
  account: string;
  /**
   * A request that mails the account (a reset link, a verification link): it spends the account's
   * budget even when it succeeds, or a flood of mail would never run out.
   */
  keepOnSuccess?: true;
}

/**
 * Fields that mail an account, counted like logins on a budget of their own per account (so
 * asking for reset links never locks the owner out of login) and on the address's login budget.
 * `requestPasswordReset` names its account by email; `requestEmailVerification` is the signed-in user's.
 * `placeGuestOrder` mails the address its input names, which no one proved is the caller's: a
 * flood of guest orders would be a flood of mail (and of held stock) at someone else's address.
 */
const MAILING_FIELDS = {
  requestPasswordReset: "reset",
  requestEmailVerification: "verify",
  placeGuestOrder: "guest-order",
} as const;

/** The same normalization users applies before it looks an account up. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Every guess of a password an operation makes, aliases and fragments expanded: each
 * `Mutation.login` (on the account of its email) and each `Mutation.changePassword` (a guess of
 * the signed-in user's current password, on that account), `changeEmail` too (it asks for the
 * password), and each field that mails an account (MAILING_FIELDS): thirty aliased logins are
 * thirty attempts. `userId` is the verified token's subject, if any.
 */
export function loginAttempts(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  userId?: string,
): LoginAttempt[] {
  const mutations = schema.getMutationType()?.getFields();
  const login = mutations?.["login"];
  const passwordReset = mutations?.["requestPasswordReset"];
  const guestOrder = mutations?.["placeGuestOrder"];
  if (operation.operation !== OperationTypeNode.MUTATION || !login) return [];
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  const values = coerced.coerced ?? {};
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const attempts: LoginAttempt[] = [];
  const visiting = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const responseKey = selection.alias?.value ?? name;
        // Without a valid token these guess nothing: users refuses them unauthenticated.
        if ((name === "changePassword" || name === "changeEmail") && userId !== undefined) {
          attempts.push({ responseKey, account: `user:${userId}` });
        }
        if (name === "requestEmailVerification" && userId !== undefined) {
          attempts.push({ responseKey, account: `${MAILING_FIELDS[name]}:user:${userId}`, keepOnSuccess: true });
        }
        if (name === "requestPasswordReset" && passwordReset) {
          let email = "";
          try {
            const value = getArgumentValues(passwordReset, selection, values)["email"];
            if (typeof value === "string") email = value;
          } catch {
            // As for login below: it fails at execution and still counts.
          }
          attempts.push({
            responseKey,
            account: `${MAILING_FIELDS[name]}:${normalizeEmail(email)}`,
            keepOnSuccess: true,
          });
        }
        if (name === "placeGuestOrder" && guestOrder) {
          let email = "";
          try {
            const input = getArgumentValues(guestOrder, selection, values)["input"] as { email?: unknown } | undefined;
            if (typeof input?.email === "string") email = input.email;
          } catch {
            // As for login below: it fails at execution and still counts.
          }
          attempts.push({
            responseKey,
            account: `${MAILING_FIELDS[name]}:${normalizeEmail(email)}`,
            keepOnSuccess: true,
          });
        }
        if (selection.name.value !== "login") continue;
        let email = "";
        try {
          const input = getArgumentValues(login, selection, values)["input"] as { email?: unknown } | undefined;
          if (typeof input?.email === "string") email = input.email;
        } catch {
          // Arguments that do not fit fail at execution; the attempt still counts, on no account.
        }
        attempts.push({ responseKey: selection.alias?.value ?? "login", account: normalizeEmail(email) });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        walk(fragment.selectionSet);
        visiting.delete(fragment.name.value);
      }
    }
  };
  walk(operation.selectionSet);
  return attempts;
}
