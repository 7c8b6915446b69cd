import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261206103548 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "lapas_member" drop constraint if exists "lapas_member_email_unique";`);
    this.addSql(`create table if not exists "lapas_member" ("id" text not null, "name" text not null, "email" text not null, "role" text check ("role" in ('lapas_staff', 'finance', 'national')) not null, "lapas_id" text null, "invite_token_hash" text null, "invite_expires_at" timestamptz null, "activated_at" timestamptz null, "deactivated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "lapas_member_pkey" primary key ("id"), constraint lapas_member_lapas_by_role check ((role = 'national' AND lapas_id IS NULL) OR (role <> 'national' AND lapas_id IS NOT NULL)));`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_lapas_member_email_unique" ON "lapas_member" ("email") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lapas_member_lapas_id" ON "lapas_member" ("lapas_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_lapas_member_deleted_at" ON "lapas_member" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "lapas_member" add constraint "lapas_member_lapas_id_foreign" foreign key ("lapas_id") references "lapas" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "lapas_member" cascade;`);
  }

}
