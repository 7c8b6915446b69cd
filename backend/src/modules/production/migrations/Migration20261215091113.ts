import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * production_line_batch without escape hatches (issue 18):
 * - TRUNCATE is refused always (karya_binaan.allow_ledger_truncate no longer lets it through);
 * - DELETE, needed only by the compensation of an order that could not be placed, goes through
 *   `production_line_batch_remove_of_lines(line_item_ids)`: SECURITY DEFINER, so it runs as the
 *   table's owner, and the only place where karya_binaan.allow_line_batch_delete is set (for the
 *   call alone). The app role itself holds no DELETE, so setting that flag in its own session
 *   achieves nothing;
 * - UPDATE, DELETE and TRUNCATE are revoked from every role but the owner (the app role, whatever
 *   its name, and PUBLIC), so a database migrated without scripts/lib/db-roles.mjs keeps the rule.
 */
export class Migration20261215091113 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "production_line_batch_append_only"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'DELETE' and current_setting('karya_binaan.allow_line_batch_delete', true) = 'on' then
    return null;
  end if;
  raise exception 'What an order line took from a batch is append-only: % on % is refused.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`)
    // search_path is fixed to the migration's (a definer function must not resolve names through
    // the caller's path). The flag is set around the DELETE only (a `SET` clause on the function
    // would be neater, but only a superuser may attach a custom setting to a function); an error
    // in between aborts the transaction, and the flag with it.
    this.addSql(`create or replace function "production_line_batch_remove_of_lines"(line_item_ids text[]) returns integer
  language plpgsql security definer
  set search_path from current
as $$
declare removed integer;
begin
  perform set_config('karya_binaan.allow_line_batch_delete', 'on', true);
  delete from production_line_batch where line_item_id = any(line_item_ids);
  get diagnostics removed = row_count;
  perform set_config('karya_binaan.allow_line_batch_delete', 'off', true);
  return removed;
end;
$$;`)
    this.addSql(`do $$
declare r record;
begin
  for r in
    select distinct c.relname, a.grantee
      from pg_class c, aclexplode(c.relacl) a
     where c.relnamespace = current_schema()::regnamespace and c.relname = 'production_line_batch'
       and a.grantee <> c.relowner and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
  loop
    execute format('revoke update, delete, truncate on %I from %s', r.relname,
      case when r.grantee = 0 then 'public' else r.grantee::regrole::text end);
  end loop;
end;
$$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists "production_line_batch_remove_of_lines"(text[]);`)
  }
}
