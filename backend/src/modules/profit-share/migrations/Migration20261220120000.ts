import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A tamper-evident hash chain over the ledger, the PNBP deposits and the closed periods (written by
 * hand; touches only those three tables). Each row gets three columns the models do not know of,
 * filled by a BEFORE INSERT row trigger so no code path can leave them out or choose them:
 *
 * - `chain_seq`: 1, 2, … per table and lapas (the chain's key is `coalesce(lapas_id, '')`);
 * - `prev_hash`: the `row_hash` of the row before it in the chain (NULL for seq 1);
 * - `row_hash`: sha256 (hex) of the row's canonical text, which includes chain_seq and prev_hash.
 *
 * The canonical text (`<table>_chain_text`) is the fields below, each written as `~` when NULL or
 * as `<octet length>:<text>`, joined by `|`: the version `kb-chain-v1`, the table's name, chain_seq,
 * prev_hash, then every business column in a fixed order. Text as stored; integers and numerics in
 * PostgreSQL's text output (`::text`); timestamptz as UTC `YYYY-MM-DDTHH:MI:SS.ffffffZ`; jsonb in
 * its (normalised) text output. `src/lib/finance/ledger-chain.ts` writes the same text in
 * TypeScript and checks every row against it.
 *
 * The trigger takes `pg_advisory_xact_lock` on (table, lapas) before reading the chain's head, so
 * two concurrent inserts never get the same seq or prev_hash; a unique index on (lapas, chain_seq)
 * backs this up. It is named `zz_chain` so it fires after any other BEFORE INSERT trigger and
 * hashes the row as it is stored.
 *
 * A closed period also records the heads (seq and hash) of its lapas's ledger and deposit chains at
 * the moment of closing (`ledger_head_seq`/`_hash`, `deposit_head_seq`/`_hash`, set by the same
 * trigger under the close's exclusive period lock), and those are part of its own hash: the PNBP
 * report of a closed month prints them.
 *
 * Existing rows are chained in (lapas, created_at, id) order. The tables refuse UPDATE, so this
 * migration — run by the owner of the tables — disables the user triggers of each table around the
 * backfill and puts each back exactly as it was (enabled, always, replica), in the same
 * transaction: the backfill fills only the new columns. Nothing else may ever do this.
 */
const CHAIN_TABLES = ["share_ledger_entry", "pnbp_deposit", "closed_period"] as const

/** The business columns of each table, in the order they are hashed (after version, table, seq, prev). */
const COLUMNS: Record<(typeof CHAIN_TABLES)[number], [string, "text" | "int" | "numeric" | "timestamptz" | "jsonb"][]> = {
  share_ledger_entry: [
    ["id", "text"], ["lapas_id", "text"], ["order_id", "text"], ["line_item_id", "text"], ["account", "text"],
    ["amount", "numeric"], ["raw_amount", "jsonb"], ["kind", "text"], ["reference_id", "text"],
    ["idempotency_key", "text"], ["policy_id", "text"], ["capital_bp", "int"], ["premi_bp", "int"],
    ["pnbp_bp", "int"], ["unit_cost", "numeric"], ["raw_unit_cost", "jsonb"], ["quantity", "int"],
    ["revenue", "numeric"], ["raw_revenue", "jsonb"], ["paid", "numeric"], ["raw_paid", "jsonb"],
    ["reason", "text"], ["created_by", "text"], ["booked_at", "timestamptz"], ["channel", "text"],
    ["line_kind", "text"], ["created_at", "timestamptz"], ["deleted_at", "timestamptz"],
  ],
  pnbp_deposit: [
    ["id", "text"], ["lapas_id", "text"], ["period_from", "text"], ["period_to", "text"], ["billing_code", "text"],
    ["ntpn", "text"], ["amount", "numeric"], ["raw_amount", "jsonb"], ["deposited_on", "text"], ["note", "text"],
    ["created_by", "text"], ["created_at", "timestamptz"], ["deleted_at", "timestamptz"],
  ],
  closed_period: [
    ["id", "text"], ["lapas_id", "text"], ["month", "text"], ["start_at", "timestamptz"], ["end_at", "timestamptz"],
    ["closed_at", "timestamptz"], ["closed_by", "text"], ["ledger_head_seq", "int"], ["ledger_head_hash", "text"],
    ["deposit_head_seq", "int"], ["deposit_head_hash", "text"], ["created_at", "timestamptz"],
    ["deleted_at", "timestamptz"],
  ],
}

/** A column of row `r` as the canonical text's field. */
function fieldSql(column: string, type: string) {
  switch (type) {
    case "text":
      return `kb_chain_field(r."${column}")`
    case "timestamptz":
      return `kb_chain_field(kb_chain_ts(r."${column}"))`
    default:
      return `kb_chain_field(r."${column}"::text)`
  }
}

/**
 * Chains a table's existing rows (those without a chain_seq), in (lapas, created_at, id) order,
 * with its user triggers disabled and restored to their exact state afterwards. Run as the owner.
 */
function chainBackfillSql(table: (typeof CHAIN_TABLES)[number]) {
  return `DO $backfill$
DECLARE
  t record;
  r record;
  states text[] := '{}';
  names text[] := '{}';
  last_key text := null;
  seq bigint := 0;
  prev text := null;
  i int;
BEGIN
  FOR t IN SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = '"${table}"'::regclass AND NOT tgisinternal AND tgenabled <> 'D' LOOP
    names := names || t.tgname::text;
    states := states || t.tgenabled::text;
    EXECUTE format('ALTER TABLE %I DISABLE TRIGGER %I', '${table}', t.tgname);
  END LOOP;
  FOR r IN SELECT id, coalesce(lapas_id, '') AS k FROM "${table}" WHERE chain_seq IS NULL ORDER BY coalesce(lapas_id, ''), created_at, id LOOP
    IF last_key IS DISTINCT FROM r.k THEN
      last_key := r.k;
      SELECT c.chain_seq, c.row_hash INTO seq, prev FROM "${table}" c
       WHERE coalesce(c.lapas_id, '') = r.k AND c.chain_seq IS NOT NULL ORDER BY c.chain_seq DESC LIMIT 1;
      seq := coalesce(seq, 0);
    END IF;
    seq := seq + 1;
    UPDATE "${table}" SET chain_seq = seq, prev_hash = prev WHERE id = r.id;
    UPDATE "${table}" x SET row_hash = encode(sha256(convert_to("${table}_chain_text"(x), 'UTF8')), 'hex')
     WHERE x.id = r.id RETURNING x.row_hash INTO prev;
  END LOOP;
  FOR i IN 1 .. coalesce(array_length(names, 1), 0) LOOP
    EXECUTE format('ALTER TABLE %I %s TRIGGER %I', '${table}',
      CASE states[i] WHEN 'A' THEN 'ENABLE ALWAYS' WHEN 'R' THEN 'ENABLE REPLICA' ELSE 'ENABLE' END, names[i]);
  END LOOP;
END
$backfill$;`
}

export class Migration20261220120000 extends Migration {
  /** The backfill of one table, run again by the tests (the migration module may export only its class). */
  static backfillSql = chainBackfillSql

  override async up(): Promise<void> {
    this.addSql(`create or replace function "kb_chain_field"(v text) returns text language sql immutable as $$
  select case when v is null then '~' else octet_length(v)::text || ':' || v end
$$;`)
    this.addSql(`create or replace function "kb_chain_ts"(v timestamptz) returns text language sql immutable as $$
  select to_char(v at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;`)

    this.addSql(`alter table "closed_period" add column if not exists "ledger_head_seq" bigint null, add column if not exists "ledger_head_hash" text null, add column if not exists "deposit_head_seq" bigint null, add column if not exists "deposit_head_hash" text null;`)

    for (const table of CHAIN_TABLES) {
      this.addSql(`alter table "${table}" add column if not exists "chain_seq" bigint null, add column if not exists "prev_hash" text null, add column if not exists "row_hash" text null;`)
      const fields = [
        `kb_chain_field('kb-chain-v1')`,
        `kb_chain_field('${table}')`,
        `kb_chain_field(r."chain_seq"::text)`,
        `kb_chain_field(r."prev_hash")`,
        ...COLUMNS[table].map(([column, type]) => fieldSql(column, type)),
      ]
      this.addSql(`create or replace function "${table}_chain_text"(r "${table}") returns text language sql stable as $$
  select ${fields.join(" || '|' || ")}
$$;`)
      this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_${table}_chain_seq_unique" ON "${table}" ((coalesce("lapas_id", '')), "chain_seq");`)
    }

    // One trigger function for the three tables: lock the chain, read its head, link and hash.
    this.addSql(`create or replace function "kb_chain_row"() returns trigger language plpgsql as $$
declare
  chain_key text := coalesce(NEW.lapas_id, '');
  head_seq bigint;
  head_hash text;
begin
  perform pg_advisory_xact_lock(hashtextextended('kb_chain:' || TG_TABLE_NAME || ':' || chain_key, 0));
  execute format('select chain_seq, row_hash from %I where coalesce(lapas_id, '''') = $1 and chain_seq is not null order by chain_seq desc limit 1', TG_TABLE_NAME)
    into head_seq, head_hash using chain_key;
  NEW.chain_seq := coalesce(head_seq, 0) + 1;
  NEW.prev_hash := head_hash;
  if TG_TABLE_NAME = 'closed_period' then
    -- The heads of the lapas's ledger and deposit chains as of this close (the close holds the
    -- lapas's exclusive period lock, so no booking or deposit of the lapas is under way).
    select e.chain_seq, e.row_hash into NEW.ledger_head_seq, NEW.ledger_head_hash from share_ledger_entry e
     where coalesce(e.lapas_id, '') = chain_key and e.chain_seq is not null order by e.chain_seq desc limit 1;
    select d.chain_seq, d.row_hash into NEW.deposit_head_seq, NEW.deposit_head_hash from pnbp_deposit d
     where coalesce(d.lapas_id, '') = chain_key and d.chain_seq is not null order by d.chain_seq desc limit 1;
  end if;
  execute format('select encode(sha256(convert_to(%I($1), ''UTF8'')), ''hex'')', TG_TABLE_NAME || '_chain_text')
    into NEW.row_hash using NEW;
  return NEW;
end;
$$;`)

    // Ledger and deposits before closed periods. A month closed before the chain existed records
    // no head (its head columns stay NULL); its own row is chained like the others.
    for (const table of ["share_ledger_entry", "pnbp_deposit", "closed_period"] as const) {
      this.addSql(chainBackfillSql(table))
      this.addSql(`drop trigger if exists "zz_chain" on "${table}";`)
      this.addSql(`create trigger "zz_chain" before insert on "${table}" for each row execute function "kb_chain_row"();`)
    }
  }

  override async down(): Promise<void> {
    for (const table of CHAIN_TABLES) {
      this.addSql(`drop trigger if exists "zz_chain" on "${table}";`)
      this.addSql(`drop index if exists "IDX_${table}_chain_seq_unique";`)
      this.addSql(`drop function if exists "${table}_chain_text"("${table}");`)
      this.addSql(`alter table if exists "${table}" drop column if exists "row_hash", drop column if exists "prev_hash", drop column if exists "chain_seq";`)
    }
    this.addSql(`alter table if exists "closed_period" drop column if exists "deposit_head_hash", drop column if exists "deposit_head_seq", drop column if exists "ledger_head_hash", drop column if exists "ledger_head_seq";`)
    this.addSql(`drop function if exists "kb_chain_row"();`)
    this.addSql(`drop function if exists "kb_chain_ts"(timestamptz);`)
    this.addSql(`drop function if exists "kb_chain_field"(text);`)
  }
}
