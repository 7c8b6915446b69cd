import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Deposit corrections and months closed in order (issue 19; written by hand; touches only
 * `pnbp_deposit` and `closed_period`).
 *
 * A deposit recorded wrongly is corrected by a REVERSAL: a new deposit row with `reverses_id` (the
 * deposit it cancels), the negated amount, the same lapas, period, billing code and NTPN, and a
 * `reason`. Both rows stay (append-only), so every sum of deposits nets the mistake to zero. The
 * right deposit is then recorded again, with `replaces_id` naming the reversed deposit when it
 * carries the same NTPN. The database keeps the rules:
 * - amount: above 0 for a deposit, below 0 for a reversal, whole rupiah;
 * - a reversal has a reason and reverses one deposit of its own lapas, once (unique index), with
 *   exactly the negated amount and the same period and NTPN; a reversal is never reversed;
 * - an NTPN is recorded once, except that a reversed deposit's NTPN may be recorded once again
 *   as its replacement (unique (ntpn, replaces_id) over non-reversal rows; the replaced deposit
 *   must be reversed, of the same lapas and NTPN);
 * - a month closes only when every earlier month of the lapas with activity (ledger entries or
 *   deposits) is closed (`closed_period_in_order`; the app names the open months first, this is
 *   the backstop under the close's exclusive period lock).
 *
 * The hash chain (Migration20261220120000) covers the new columns: `pnbp_deposit_chain_text`
 * appends `reverses_id`, `replaces_id` and `reason` when any of them is set, so every row written
 * before keeps its text and hash (src/lib/finance/ledger-chain.ts writes the same text).
 */
const V1_COLUMNS: [string, "text" | "numeric" | "jsonb" | "timestamptz"][] = [
  ["id", "text"], ["lapas_id", "text"], ["period_from", "text"], ["period_to", "text"], ["billing_code", "text"],
  ["ntpn", "text"], ["amount", "numeric"], ["raw_amount", "jsonb"], ["deposited_on", "text"], ["note", "text"],
  ["created_by", "text"], ["created_at", "timestamptz"], ["deleted_at", "timestamptz"],
]

function field(column: string, type: string) {
  if (type === "text") return `kb_chain_field(r."${column}")`
  if (type === "timestamptz") return `kb_chain_field(kb_chain_ts(r."${column}"))`
  return `kb_chain_field(r."${column}"::text)`
}

export class Migration20261230120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "pnbp_deposit" add column if not exists "reverses_id" text null, add column if not exists "replaces_id" text null, add column if not exists "reason" text null;`)

    this.addSql(`alter table "pnbp_deposit" drop constraint if exists "pnbp_deposit_whole_rupiah";`)
    this.addSql(`alter table "pnbp_deposit" add constraint "pnbp_deposit_whole_rupiah" check ("amount" = trunc("amount") and (("reverses_id" is null and "amount" > 0) or ("reverses_id" is not null and "amount" < 0)));`)
    this.addSql(`alter table "pnbp_deposit" add constraint "pnbp_deposit_reversal" check (("reverses_id" is null or ("replaces_id" is null and "reason" is not null and length(btrim("reason")) > 0)) and ("replaces_id" is null or "replaces_id" <> "id") and ("reverses_id" is null or "reverses_id" <> "id"));`)

    this.addSql(`drop index if exists "IDX_pnbp_deposit_ntpn_unique";`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pnbp_deposit_ntpn_unique" ON "pnbp_deposit" ("ntpn", (coalesce("replaces_id", ''))) WHERE deleted_at IS NULL AND reverses_id IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_pnbp_deposit_reverses_id_unique" ON "pnbp_deposit" ("reverses_id") WHERE deleted_at IS NULL AND reverses_id IS NOT NULL;`)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_pnbp_deposit_ntpn" ON "pnbp_deposit" ("ntpn") WHERE deleted_at IS NULL;`)

    // What a reversal and a replacement may name. Named to fire before zz_chain (BEFORE triggers
    // fire in name order), so a refused row never takes a chain seq.
    this.addSql(`create or replace function "pnbp_deposit_links"() returns trigger language plpgsql as $$
declare
  target record;
begin
  if NEW.reverses_id is not null then
    select * into target from pnbp_deposit where id = NEW.reverses_id and deleted_at is null;
    if target.id is null or target.lapas_id <> NEW.lapas_id or target.reverses_id is not null
       or target.amount <> -NEW.amount or target.ntpn <> NEW.ntpn
       or target.period_from <> NEW.period_from or target.period_to <> NEW.period_to then
      raise exception 'A reversal must cancel one deposit of its own lapas with the same period and NTPN and exactly the negated amount.'
        using errcode = 'check_violation';
    end if;
  end if;
  if NEW.replaces_id is not null then
    select * into target from pnbp_deposit where id = NEW.replaces_id and deleted_at is null;
    if target.id is null or target.lapas_id <> NEW.lapas_id or target.reverses_id is not null or target.ntpn <> NEW.ntpn
       or not exists (select 1 from pnbp_deposit x where x.reverses_id = target.id and x.deleted_at is null) then
      raise exception 'A replacement must name a reversed deposit of its own lapas with the same NTPN.'
        using errcode = 'check_violation';
    end if;
  end if;
  return NEW;
end;
$$;`)
    this.addSql(`drop trigger if exists "pnbp_deposit_links" on "pnbp_deposit";`)
    this.addSql(`create trigger "pnbp_deposit_links" before insert on "pnbp_deposit" for each row execute function "pnbp_deposit_links"();`)

    // The chain text of a deposit: v1's fields, then the correction's when it has any.
    const v1 = [
      `kb_chain_field('kb-chain-v1')`,
      `kb_chain_field('pnbp_deposit')`,
      `kb_chain_field(r."chain_seq"::text)`,
      `kb_chain_field(r."prev_hash")`,
      ...V1_COLUMNS.map(([column, type]) => field(column, type)),
    ].join(" || '|' || ")
    this.addSql(`create or replace function "pnbp_deposit_chain_text"(r "pnbp_deposit") returns text language sql stable as $$
  select ${v1} || case when r."reverses_id" is null and r."replaces_id" is null and r."reason" is null then ''
    else '|' || kb_chain_field(r."reverses_id") || '|' || kb_chain_field(r."replaces_id") || '|' || kb_chain_field(r."reason") end
$$;`)

    // Close in order. Under the close's exclusive period lock nothing of the lapas is being booked
    // or deposited, so what this sees stays true until the close commits.
    this.addSql(`create or replace function "closed_period_in_order"() returns trigger language plpgsql as $$
begin
  if exists (
    select 1 from share_ledger_entry e
     where e.lapas_id = NEW.lapas_id and e.deleted_at is null and e.booked_at < NEW.start_at
       and not exists (select 1 from closed_period c where c.lapas_id = NEW.lapas_id and c.deleted_at is null
                        and e.booked_at >= c.start_at and e.booked_at < c.end_at)
  ) or exists (
    select 1 from pnbp_deposit d
     where d.lapas_id = NEW.lapas_id and d.deleted_at is null and substr(d.period_to, 1, 7) < NEW.month
       and not exists (select 1 from closed_period c where c.lapas_id = NEW.lapas_id and c.deleted_at is null
                        and c.month = substr(d.period_to, 1, 7))
  ) then
    raise exception 'An earlier month of this lapas with activity is still open: close the months in order.'
      using errcode = 'check_violation';
  end if;
  return NEW;
end;
$$;`)
    this.addSql(`drop trigger if exists "closed_period_in_order" on "closed_period";`)
    this.addSql(`create trigger "closed_period_in_order" before insert on "closed_period" for each row execute function "closed_period_in_order"();`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "closed_period_in_order" on "closed_period";`)
    this.addSql(`drop function if exists "closed_period_in_order"();`)
    this.addSql(`drop trigger if exists "pnbp_deposit_links" on "pnbp_deposit";`)
    this.addSql(`drop function if exists "pnbp_deposit_links"();`)
    // The rows written with the new columns stay; only the v1 text is restored when none exist.
    this.addSql(`drop index if exists "IDX_pnbp_deposit_reverses_id_unique";`)
    this.addSql(`drop index if exists "IDX_pnbp_deposit_ntpn";`)
  }
}
