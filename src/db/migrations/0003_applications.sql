CREATE SEQUENCE "public"."application_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "application_commitments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"text_version" varchar(32) NOT NULL,
	"text_sm3" varchar(64) NOT NULL,
	"signed_by" uuid NOT NULL,
	"organisation_id" uuid,
	"signed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"event" varchar(40) NOT NULL,
	"from_state" varchar(24),
	"to_state" varchar(24) NOT NULL,
	"actor_user_id" uuid,
	"actor_role" varchar(24),
	"actor_organisation_id" uuid,
	"reason" text,
	"occurred_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(24) NOT NULL,
	"person_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"series" varchar(40) NOT NULL,
	"level" varchar(20) NOT NULL,
	"specialty" varchar(50) NOT NULL,
	"pathway" varchar(30) NOT NULL,
	"policy_set" varchar(40) NOT NULL,
	"policy_note" text,
	"employer_id" uuid NOT NULL,
	"dispatch_agency_id" uuid,
	"department_id" uuid,
	"jurisdiction_code" varchar(6) NOT NULL,
	"committee_id" uuid,
	"entrusted" boolean DEFAULT false NOT NULL,
	"state" varchar(24) NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"eligibility" jsonb NOT NULL,
	"eligible" boolean NOT NULL,
	"attachment_ids" jsonb NOT NULL,
	"unit_publicity_ends_on" date,
	"dispatch_publicity_ends_on" date,
	"returned_by_committee" boolean DEFAULT false NOT NULL,
	"last_reason" text,
	"idempotency_key" varchar(64) NOT NULL,
	"submitted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "applications_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "committees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(100) NOT NULL,
	"office_organisation_id" uuid NOT NULL,
	"tier" varchar(16) NOT NULL,
	"series" varchar(40) NOT NULL,
	"levels" jsonb NOT NULL,
	"specialties" jsonb NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"approved_on" date NOT NULL,
	"valid_until" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committees_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "deadlines" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" varchar(40) NOT NULL,
	"due_on" date NOT NULL,
	"subject_id" varchar(64) NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"processed_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"title" varchar(100) NOT NULL,
	"body" text NOT NULL,
	"link" varchar(200),
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"channel" varchar(8) NOT NULL,
	"user_id" uuid NOT NULL,
	"subject" varchar(100) NOT NULL,
	"body" text NOT NULL,
	"status" varchar(8) DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notice_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"complainant_name" varchar(30) NOT NULL,
	"contact" varchar(40) NOT NULL,
	"content" text NOT NULL,
	"status" varchar(16) DEFAULT 'open' NOT NULL,
	"outcome" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "publicity_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"organisation_id" uuid NOT NULL,
	"masked_name" varchar(20) NOT NULL,
	"unit_name" varchar(100) NOT NULL,
	"target_title" varchar(100) NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "department_id" uuid;--> statement-breakpoint
ALTER TABLE "application_commitments" ADD CONSTRAINT "application_commitments_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_events" ADD CONSTRAINT "application_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_employer_id_organisations_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_dispatch_agency_id_organisations_id_fk" FOREIGN KEY ("dispatch_agency_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_department_id_organisations_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_office_organisation_id_organisations_id_fk" FOREIGN KEY ("office_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_notice_id_publicity_notices_id_fk" FOREIGN KEY ("notice_id") REFERENCES "public"."publicity_notices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_notices" ADD CONSTRAINT "publicity_notices_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publicity_notices" ADD CONSTRAINT "publicity_notices_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "application_commitments_kind_idx" ON "application_commitments" USING btree ("application_id","kind");--> statement-breakpoint
CREATE INDEX "application_events_application_idx" ON "application_events" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_idempotency_idx" ON "applications" USING btree ("person_id","idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_per_year_idx" ON "applications" USING btree ("person_id","year") WHERE state not in ('withdrawn', 'not-recommended');--> statement-breakpoint
CREATE INDEX "applications_employer_idx" ON "applications" USING btree ("employer_id","state");--> statement-breakpoint
CREATE INDEX "applications_dispatch_idx" ON "applications" USING btree ("dispatch_agency_id","state");--> statement-breakpoint
CREATE INDEX "applications_department_idx" ON "applications" USING btree ("department_id","state");--> statement-breakpoint
CREATE INDEX "applications_committee_idx" ON "applications" USING btree ("committee_id","state");--> statement-breakpoint
CREATE INDEX "applications_jurisdiction_idx" ON "applications" USING btree ("jurisdiction_code","state");--> statement-breakpoint
CREATE INDEX "committees_office_idx" ON "committees" USING btree ("office_organisation_id");--> statement-breakpoint
CREATE INDEX "committees_series_idx" ON "committees" USING btree ("series");--> statement-breakpoint
CREATE INDEX "deadlines_due_idx" ON "deadlines" USING btree ("processed_at","due_on");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","read_at");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "objections_application_idx" ON "objections" USING btree ("application_id","status");--> statement-breakpoint
CREATE INDEX "publicity_notices_period_idx" ON "publicity_notices" USING btree ("ends_on","starts_on");--> statement-breakpoint
CREATE INDEX "publicity_notices_application_idx" ON "publicity_notices" USING btree ("application_id");--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_department_id_organisations_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;