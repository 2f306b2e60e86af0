import { Migration } from "@mikro-orm/migrations";

/**
 * Carts get an id of their own (issue 20: carts by id, for guests too): a `carts` table, one row
 * per cart, at most one per user; cart lines belong to a cart and have an id. Every user's
 * existing lines move into one cart of theirs. The generator proposed renaming `user_id` to `id`,
 * which would have kept user ids as line ids and lost who owned the lines: rewritten by hand.
 * gen_random_uuid() draws from Postgres' strong random source, as the application's ids do.
 */
export class Migration20261206165309_CartsById extends Migration {
  override name = "Migration20261206165309_CartsById";

  override up(): void | Promise<void> {
    this.addSql(
      `create table "carts" ("id" uuid not null, "user_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "carts" add constraint "carts_user_id_unique" unique ("user_id");`);
    this.addSql(`create index "carts_guest_updated_at_index" on "carts" ("updated_at") where "user_id" is null;`);
    this.addSql(
      `insert into "carts" ("id", "user_id", "created_at", "updated_at")
       select gen_random_uuid(), "user_id", min("created_at"), max("updated_at") from "cart_lines" group by "user_id";`,
    );

    this.addSql(`alter table "cart_lines" add "id" uuid null, add "cart_id" uuid null;`);
    this.addSql(
      `update "cart_lines" l set "id" = gen_random_uuid(), "cart_id" = c."id" from "carts" c where c."user_id" = l."user_id";`,
    );
    this.addSql(`alter table "cart_lines" alter column "id" set not null, alter column "cart_id" set not null;`);
    this.addSql(`alter table "cart_lines" drop constraint "cart_lines_pkey";`);
    this.addSql(`alter table "cart_lines" drop column "user_id";`);
    this.addSql(`alter table "cart_lines" add primary key ("id");`);
    this.addSql(
      `alter table "cart_lines" add constraint "cart_lines_cart_id_foreign" foreign key ("cart_id") references "carts" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "cart_lines" add constraint "cart_lines_cart_id_variant_id_unique" unique ("cart_id", "variant_id");`,
    );
  }

  /** Back to lines keyed by user: guest carts' lines have no user and are lost. */
  override down(): void | Promise<void> {
    this.addSql(`alter table "cart_lines" add "user_id" uuid null;`);
    this.addSql(`update "cart_lines" l set "user_id" = c."user_id" from "carts" c where c."id" = l."cart_id";`);
    this.addSql(`delete from "cart_lines" where "user_id" is null;`);
    this.addSql(`alter table "cart_lines" drop constraint "cart_lines_cart_id_foreign";`);
    this.addSql(`alter table "cart_lines" drop constraint "cart_lines_cart_id_variant_id_unique";`);
    this.addSql(`alter table "cart_lines" drop constraint "cart_lines_pkey";`);
    this.addSql(`alter table "cart_lines" drop column "id", drop column "cart_id";`);
    this.addSql(`alter table "cart_lines" alter column "user_id" set not null;`);
    this.addSql(`alter table "cart_lines" add primary key ("user_id", "variant_id");`);
    this.addSql(`drop table if exists "carts" cascade;`);
  }
}
