CREATE TABLE "dispatch_relations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status" varchar(16) NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "employment_bindings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"relation" varchar(16) NOT NULL,
	"dispatch_agency_id" uuid,
	"started_on" date NOT NULL,
	"ended_on" date,
	"status" varchar(16) NOT NULL,
	"source" varchar(16) NOT NULL,
	"requested_by" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "status" varchar(16) DEFAULT 'approved' NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "address" varchar(200);--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_name" varchar(50);--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_phone_cipher" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "contact_phone_masked" varchar(11);--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "reviewed_by" uuid;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "reviewed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "review_note" text;--> statement-breakpoint
ALTER TABLE "dispatch_relations" ADD CONSTRAINT "dispatch_relations_agency_id_organisations_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_relations" ADD CONSTRAINT "dispatch_relations_unit_id_organisations_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_relations" ADD CONSTRAINT "dispatch_relations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_bindings" ADD CONSTRAINT "employment_bindings_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_bindings" ADD CONSTRAINT "employment_bindings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_bindings" ADD CONSTRAINT "employment_bindings_dispatch_agency_id_organisations_id_fk" FOREIGN KEY ("dispatch_agency_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_bindings" ADD CONSTRAINT "employment_bindings_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_bindings" ADD CONSTRAINT "employment_bindings_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_relations_pair_idx" ON "dispatch_relations" USING btree ("agency_id","unit_id");--> statement-breakpoint
CREATE INDEX "dispatch_relations_unit_idx" ON "dispatch_relations" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "employment_bindings_person_idx" ON "employment_bindings" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "employment_bindings_organisation_idx" ON "employment_bindings" USING btree ("organisation_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "employment_bindings_one_pending_idx" ON "employment_bindings" USING btree ("person_id") WHERE status = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "employment_bindings_one_confirmed_idx" ON "employment_bindings" USING btree ("person_id") WHERE status = 'confirmed';--> statement-breakpoint
CREATE INDEX "organisations_status_idx" ON "organisations" USING btree ("status","jurisdiction_code");--> statement-breakpoint
-- Employers recorded before bindings existed become confirmed bindings, so every current employer has one.
INSERT INTO "employment_bindings" ("person_id", "organisation_id", "relation", "started_on", "status", "source", "requested_at")
SELECT "id", "organisation_id", 'staff', ("created_at" AT TIME ZONE 'Asia/Shanghai')::date, 'confirmed', 'migrated', "created_at"
FROM "persons" WHERE "organisation_id" IS NOT NULL;
