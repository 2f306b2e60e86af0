import { Migration } from "@mikro-orm/migrations";

/**
 * Search that forgives (issue 17): pg_trgm, the variants' option values in the search document,
 * the catalog's vocabulary (`search_terms`) with a trigram index for misspelt words, "did you
 * mean" and suggestions, and a trigram index on product names. Both derived columns are kept by
 * triggers (the schema generator ignores triggers: see openDatabase), so no write path can forget
 * them.
 */
/** The distinct option values of a product's variants, space-separated, sorted. */
const OPTION_VALUES_OF = (product: string) =>
  `select coalesce(string_agg(distinct e->>'value', ' ' order by e->>'value'), '') as value
   from product_variants v cross join lateral jsonb_array_elements(v.options) e
   where v.product_id = ${product}`;

export class Migration20261207012741_SearchForgives extends Migration {
  override name = "Migration20261207012741_SearchForgives";

  override up(): void | Promise<void> {
    // A trusted extension since PostgreSQL 13: the database owner may create it.
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(
      `create table "search_terms" ("product_id" uuid not null, "word" text not null, "weight" int not null default 1, primary key ("product_id", "word"));`,
    );
    this.addSql(`create index "search_terms_word_trgm_index" on "search_terms" using gin ("word" gin_trgm_ops);`);

    this.addSql(`alter table "products" drop column "search";`);
    this.addSql(
      `alter table "products" add "option_values" text not null default '', add "search" tsvector generated always as (setweight(to_tsvector('english', name), 'A') || setweight(to_tsvector('english', category_name), 'B') || setweight(to_tsvector('english', description), 'B') || setweight(to_tsvector('english', option_values), 'C')) stored not null;`,
    );
    this.addSql(`create index "products_search_index" on "products" using gin ("search");`);
    this.addSql(`create index "products_name_trgm_index" on "products" using gin ("name" gin_trgm_ops);`);

    this.addSql(
      `alter table "search_terms" add constraint "search_terms_product_id_foreign" foreign key ("product_id") references "products" ("id") on delete cascade;`,
    );

    // products.option_values: every distinct option value of the product's variants. Only a change
    // of a variant's options (or a variant added or removed) touches the product row: stock
    // updates (reservations, adjustments) do not fire this trigger.
    this.addSql(`create function product_variants_sync_option_values() returns trigger language plpgsql as $$
      declare
        product uuid;
      begin
        foreach product in array array_remove(array[
          case when tg_op <> 'INSERT' then old.product_id end,
          case when tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.product_id <> old.product_id) then new.product_id end
        ], null) loop
          -- Lock the product first: the next statement's snapshot then sees every variant a
          -- concurrent writer committed before it (else its values could miss theirs).
          perform 1 from products where id = product for update;
          update products p set option_values = x.value
          from (${OPTION_VALUES_OF("product")}) x
          where p.id = product and p.option_values is distinct from x.value;
        end loop;
        return null;
      end
    $$;`);
    this.addSql(`create trigger product_variants_sync_option_values
      after insert or delete or update of options, product_id on product_variants
      for each row execute function product_variants_sync_option_values();`);

    // search_terms: the words (letters and digits only, as the search splits its input) of a
    // product's text, each with the weight of the most important place it appears in.
    this.addSql(`create function products_sync_search_terms() returns trigger language plpgsql as $$
      begin
        delete from search_terms where product_id = new.id;
        insert into search_terms (product_id, word, weight)
          select new.id, t.lexeme, max(t.weight)
          from (
            select (unnest(to_tsvector('simple', new.name))).lexeme, 4 as weight
            union all select (unnest(to_tsvector('simple', new.category_name))).lexeme, 3
            union all select (unnest(to_tsvector('simple', new.option_values))).lexeme, 2
            union all select (unnest(to_tsvector('simple', new.description))).lexeme, 1
          ) t
          where t.lexeme !~ '[^[:alnum:]]' and length(t.lexeme) between 2 and 40
          group by t.lexeme;
        return null;
      end
    $$;`);
    this.addSql(`create trigger products_sync_search_terms
      after insert or update of name, category_name, description, option_values on products
      for each row execute function products_sync_search_terms();`);

    // What the catalog already holds: naming option_values in SET fires the vocabulary trigger
    // for every product, changed or not.
    this.addSql(`update products p set option_values = (${OPTION_VALUES_OF("p.id")});`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists products_sync_search_terms on products;`);
    this.addSql(`drop function if exists products_sync_search_terms();`);
    this.addSql(`drop trigger if exists product_variants_sync_option_values on product_variants;`);
    this.addSql(`drop function if exists product_variants_sync_option_values();`);
    this.addSql(`drop table if exists "search_terms" cascade;`);

    this.addSql(`drop index "products_name_trgm_index";`);
    this.addSql(`alter table "products" drop column "option_values", drop column "search";`);
    this.addSql(
      `alter table "products" add "search" tsvector generated always as ((setweight(to_tsvector('english'::regconfig, name), 'A'::"char") || setweight(to_tsvector('english'::regconfig, category_name), 'B'::"char")) || setweight(to_tsvector('english'::regconfig, description), 'B'::"char")) stored not null;`,
    );
    this.addSql(`create index "products_search_index" on "products" using gin ("search");`);
  }
}
