import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The ledger's chain trigger with plain SQL instead of dynamic SQL (issue 24; written by hand;
 * touches only `share_ledger_entry`'s `zz_chain` trigger).
 *
 * `kb_chain_row` (Migration20261220120000) serves three tables, so it reads the chain's head and
 * hashes the row through `EXECUTE format(...)`: PostgreSQL parses and plans both statements again
 * for every row inserted. The ledger is the table written on every capture, so it gets its own
 * function, `share_ledger_entry_chain_row`, doing exactly the same with static statements
 * (PL/pgSQL prepares them once per session): the same advisory lock on (table, lapas), the same
 * head (the chain's highest seq, read through the unique (lapas, chain_seq) index), the same
 * seq, prev_hash and row_hash (`share_ledger_entry_chain_text`, unchanged). Every row keeps the
 * hash the audit (src/lib/finance/ledger-chain.ts) recomputes. The trigger keeps its name
 * (`zz_chain`, last of the BEFORE INSERT triggers). Deposits and closed periods keep `kb_chain_row`.
 */
export class Migration20261231090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create or replace function "share_ledger_entry_chain_row"() returns trigger language plpgsql as $$
declare
  chain_key text := coalesce(NEW.lapas_id, '');
  head_seq bigint;
  head_hash text;
begin
  perform pg_advisory_xact_lock(hashtextextended('kb_chain:share_ledger_entry:' || chain_key, 0));
  select e.chain_seq, e.row_hash into head_seq, head_hash from share_ledger_entry e
   where coalesce(e.lapas_id, '') = chain_key and e.chain_seq is not null
   order by e.chain_seq desc limit 1;
  NEW.chain_seq := coalesce(head_seq, 0) + 1;
  NEW.prev_hash := head_hash;
  NEW.row_hash := encode(sha256(convert_to(share_ledger_entry_chain_text(NEW), 'UTF8')), 'hex');
  return NEW;
end;
$$;`)
    this.addSql(`drop trigger if exists "zz_chain" on "share_ledger_entry";`)
    this.addSql(`create trigger "zz_chain" before insert on "share_ledger_entry" for each row execute function "share_ledger_entry_chain_row"();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "zz_chain" on "share_ledger_entry";`)
    this.addSql(`create trigger "zz_chain" before insert on "share_ledger_entry" for each row execute function "kb_chain_row"();`)
    this.addSql(`drop function if exists "share_ledger_entry_chain_row"();`)
  }
}
