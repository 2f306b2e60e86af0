// Decorators below read design-time types; the polyfill must load before any class is defined.
import "reflect-metadata";
import {
  CURRENCY_CODES,
  decimalAmount,
  ErrorCode,
  fitsInt32,
  formatMoney,
  isDecimal,
  minorUnitDigits,
  type CurrencyCode as CurrencyCodeValue,
  type MoneyValue,
} from "@shopgraph/kernel";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, registerEnumType, Resolver, Root } from "type-graphql";
import { INHERITED } from "./cache-hints.js";

/**
 * `Decimal`: an exact decimal number as a string ("19.99", "1500", "-0.05"), never a JSON number,
 * so no client parses money into a float by accident. Output and input alike must be a plain
 * decimal string: no exponent, no "+", no spaces; anything else is BAD_USER_INPUT.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: "Decimal",
  description:
    'An exact decimal number as a string: an optional "-", digits, optionally "." and digits ("19.99", "1500"). ' +
    "Never a JSON number. Money amounts are in the currency's own minor units: 2 decimals for USD, 0 for JPY, 3 for KWD.",
  serialize(value) {
    if (!isDecimal(value)) throw new GraphQLError(`Decimal cannot represent ${String(value)}`);
    return value;
  },
  parseValue(value) {
    if (!isDecimal(value)) throw notDecimal(value);
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isDecimal(ast.value)) throw notDecimal(ast.kind === Kind.STRING ? ast.value : ast);
    return ast.value;
  },
});

function notDecimal(value: unknown): GraphQLError {
  const shown = typeof value === "string" ? JSON.stringify(value) : "a non-string";
  return new GraphQLError(`Decimal is a string such as "19.99", not ${shown}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT },
  });
}

/** `CurrencyCode`: the ISO 4217 enum, built from kernel's one list so every subgraph declares it identically. */
export const CurrencyCode = Object.fromEntries(CURRENCY_CODES.map((code) => [code, code])) as {
  readonly [Code in CurrencyCodeValue]: Code;
};
registerEnumType(CurrencyCode, {
  name: "CurrencyCode",
  description: "An active ISO 4217 currency code (SIX Group's list one, without funds lacking minor units)",
  valuesConfig: Object.fromEntries(CURRENCY_CODES.map((code) => [code, { description: currencyDescription(code) }])),
});

/** What each CurrencyCode value means for amounts: how many decimals its minor unit gives them. */
function currencyDescription(code: CurrencyCodeValue): string {
  const digits = minorUnitDigits(code);
  if (digits === 0)
    return `ISO 4217 ${code}: whole amounts, no decimals (amount "1500"; minor units are whole ${code})`;
  return `ISO 4217 ${code}: amounts have ${digits} decimals (a minor unit is 1/${10 ** digits} ${code})`;
}

/** What a resolver returns for a `Money` field: kernel's value, made by `money(minorUnits, currency)`. */
export type { MoneyValue };

/**
 * Money as storefront APIs give it. Every field is resolved from kernel's `MoneyValue` by
 * `MoneyResolver`, which each subgraph serving Money lists among its resolvers.
 */
@Directive("@shareable")
@Directive(INHERITED)
@ObjectType({ description: "An exact amount of money in a currency, with how it reads in the caller's language" })
export class Money {
  @Field(() => DecimalScalar, {
    description: 'The amount in the currency\'s own minor units: "19.99" USD, "1500" JPY, "1.234" KWD',
  })
  amount!: string;

  @Field(() => CurrencyCode, { description: "The amount's currency; its minor units give `amount` its decimals" })
  currencyCode!: CurrencyCodeValue;

  @Field({
    description:
      "The amount as the caller reads it: formatted for the best locale of the request's Accept-Language " +
      '(en-US without one): "$19.99", "19,99 €" (de-DE), "￥1,500" (ja-JP)',
  })
  formatted!: string;

  @Field(() => Int, {
    description: "Amount in minor units of the currency, e.g. cents; an error when it exceeds 2^31-1",
    deprecationReason: "Use amount",
  })
  amountCents!: number;

  @Field({ description: "ISO 4217 currency code", deprecationReason: "Use currencyCode" })
  currency!: string;
}

/** Only what Money's fields need of the request context: the negotiated locale. */
interface LocaleContext {
  locale: string;
}

@Resolver(() => Money)
export class MoneyResolver {
  @FieldResolver(() => DecimalScalar)
  amount(@Root() value: MoneyValue): string {
    return decimalAmount(value);
  }

  @FieldResolver(() => CurrencyCode)
  currencyCode(@Root() value: MoneyValue): CurrencyCodeValue {
    return value.currency;
  }

  @FieldResolver(() => String)
  formatted(@Root() value: MoneyValue, @Ctx() context: LocaleContext): string {
    return formatMoney(value, context.locale);
  }

  @FieldResolver(() => Int)
  amountCents(@Root() value: MoneyValue): number {
    // A wrong number would be worse than none: the field fails and says what to use instead.
    if (!fitsInt32(value.minorUnits)) {
      throw new GraphQLError(
        `Money.amountCents cannot hold ${decimalAmount(value)} ${value.currency} (more than 2^31-1 minor units): use Money.amount`,
        { extensions: { code: ErrorCode.AMOUNT_TOO_LARGE } },
      );
    }
    return Number(value.minorUnits);
  }

  @FieldResolver(() => String)
  currency(@Root() value: MoneyValue): string {
    return value.currency;
  }
}
