import { Migration } from "@medusajs/framework/mikro-orm/migrations"

const TABLES = ["share_ledger_entry", "pnbp_deposit", "closed_period"]

/**
 * The ledger, PNBP deposits and closed periods without an escape hatch (issue 18):
 * - the trigger functions no longer let TRUNCATE through for a session that sets
 *   karya_binaan.allow_ledger_truncate (any session could): UPDATE, DELETE and TRUNCATE are
 *   refused always; whoever needs an empty database drops it;
 * - UPDATE, DELETE and TRUNCATE are revoked on the three tables from every role but their owner
 *   (the app role, whatever its name, and PUBLIC), so a database migrated without the role setup
 *   of scripts/lib/db-roles.mjs keeps the rule too. The app role cannot lift it: it does not own
 *   the tables (no DISABLE/DROP TRIGGER) and is no superuser (no session_replication_role).
 */
export class Migration20261215091107 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "share_ledger_entry_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'The share ledger is append-only: % on % is refused. Book a correcting entry instead.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`)
    this.addSql(`create or replace function "pnbp_deposit_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'PNBP deposits are append-only: % on % is refused.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`)
    this.addSql(`create or replace function "closed_period_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'Closed periods are append-only: % on % is refused. A closed month stays closed.', TG_OP, TG_TABLE_NAME
    using errcode = 'insufficient_privilege';
end;
$$;`)
    this.addSql(revokeChangesFromAllButOwner(TABLES))
  }

  override async down(): Promise<void> {
    // The escape hatch is not brought back, nor the revoked rights: rerun the role setup for grants.
  }
}

/** REVOKE UPDATE, DELETE, TRUNCATE on `tables` from every grantee (PUBLIC included) but the owner. */
function revokeChangesFromAllButOwner(tables: string[]) {
  const list = tables.map((t) => `'${t}'`).join(", ")
  return `do $$
declare r record;
begin
  for r in
    select distinct c.relname, a.grantee
      from pg_class c, aclexplode(c.relacl) a
     where c.relnamespace = current_schema()::regnamespace and c.relname in (${list})
       and a.grantee <> c.relowner and a.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
  loop
    execute format('revoke update, delete, truncate on %I from %s', r.relname,
      case when r.grantee = 0 then 'public' else r.grantee::regrole::text end);
  end loop;
end;
$$;`
}
