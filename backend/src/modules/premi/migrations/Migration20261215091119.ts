import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const TABLES = ["premi_allocation", "premi_payout"]

/**
 * Premi allocations and payouts without an escape hatch (issue 18): the trigger function no
 * longer lets TRUNCATE through for a session that sets karya_binaan.allow_ledger_truncate;
 * UPDATE, DELETE and TRUNCATE are refused always (whoever needs an empty database drops it).
 * UPDATE, DELETE and TRUNCATE are revoked from every role but the tables' owner (the app role,
 * whatever its name, and PUBLIC), so a database migrated without scripts/lib/db-roles.mjs keeps
 * the rule too.
 */
export class Migration20261215091119 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "premi_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'Premi records are append-only: % on % is refused. Record a new entry instead.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`)
    this.addSql(`do $$
declare r record;
begin
  for r in
    select distinct c.relname, a.grantee
      from pg_class c, aclexplode(c.relacl) a
     where c.relnamespace = current_schema()::regnamespace and c.relname in (${TABLES.map((t) => `'${t}'`).join(", ")})
       and a.grantee <> c.relowner and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
  loop
    execute format('revoke update, delete, truncate on %I from %s', r.relname,
      case when r.grantee = 0 then 'public' else r.grantee::regrole::text end);
  end loop;
end;
$$;`)
  }

  override async down(): Promise<void> {
    // The escape hatch is not brought back, nor the revoked rights: rerun the role setup for grants.
  }
}
