CREATE TABLE "certificate_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"certificate_id" uuid NOT NULL,
	"kind" varchar(16) NOT NULL,
	"reason" text,
	"authority" varchar(100),
	"actor_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "certificate_sequences" (
	"region_code" varchar(6) NOT NULL,
	"year" integer NOT NULL,
	"committee_code" varchar(3) NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "certificate_sequences_region_code_year_committee_code_pk" PRIMARY KEY("region_code","year","committee_code")
);
--> statement-breakpoint
CREATE TABLE "certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(24) NOT NULL,
	"status" varchar(12) DEFAULT 'valid' NOT NULL,
	"holder_name" varchar(50) NOT NULL,
	"holder_id_cipher" text NOT NULL,
	"holder_id_hash" varchar(64) NOT NULL,
	"holder_id_masked" varchar(18) NOT NULL,
	"person_id" uuid,
	"application_id" uuid,
	"series" varchar(40) NOT NULL,
	"level" varchar(20) NOT NULL,
	"specialty" varchar(50) NOT NULL,
	"title_name" varchar(40) NOT NULL,
	"committee_id" uuid,
	"committee_name" varchar(100) NOT NULL,
	"announcement_number" varchar(60) NOT NULL,
	"issued_on" date NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"source" varchar(8) NOT NULL,
	"import_job_id" uuid,
	"import_key" varchar(64),
	"legacy_number" varchar(60),
	"replaces_id" uuid,
	"revoked_on" date,
	"revoked_reason" text,
	"revoked_authority" varchar(100),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certificates_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "signing_keys" (
	"id" varchar(32) PRIMARY KEY NOT NULL,
	"public_key" varchar(130) NOT NULL,
	"private_key_cipher" text NOT NULL,
	"valid_from" timestamp with time zone NOT NULL,
	"valid_until" timestamp with time zone NOT NULL,
	"status" varchar(12) DEFAULT 'active' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "title_import_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"file_name" varchar(200) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"status" varchar(12) NOT NULL,
	"total_rows" integer DEFAULT 0 NOT NULL,
	"processed_rows" integer DEFAULT 0 NOT NULL,
	"imported_rows" integer DEFAULT 0 NOT NULL,
	"existing_rows" integer DEFAULT 0 NOT NULL,
	"failed_rows" integer DEFAULT 0 NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	"created_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"complainant_name" varchar(50) NOT NULL,
	"complainant_phone_cipher" text NOT NULL,
	"complainant_phone_masked" varchar(20) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"subject" varchar(100) NOT NULL,
	"content" text NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"outcome" text,
	"malicious" boolean DEFAULT false NOT NULL,
	"sanction" text,
	"handled_by" uuid,
	"handled_at" timestamp with time zone,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fraud_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_name" varchar(50) NOT NULL,
	"person_id_cipher" text NOT NULL,
	"person_id_hash" varchar(64) NOT NULL,
	"person_id_masked" varchar(18) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"authority_organisation_id" uuid,
	"authority_name" varchar(100) NOT NULL,
	"decision_number" varchar(60) NOT NULL,
	"decided_on" date NOT NULL,
	"facts" text NOT NULL,
	"evidence" text NOT NULL,
	"ban_years" integer NOT NULL,
	"banned_until" date NOT NULL,
	"citation" jsonb NOT NULL,
	"revoked_certificates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "serial" integer NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "committees_serial_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1);--> statement-breakpoint
ALTER TABLE "certificate_events" ADD CONSTRAINT "certificate_events_certificate_id_certificates_id_fk" FOREIGN KEY ("certificate_id") REFERENCES "public"."certificates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fraud_findings" ADD CONSTRAINT "fraud_findings_authority_organisation_id_organisations_id_fk" FOREIGN KEY ("authority_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "certificate_events_certificate_idx" ON "certificate_events" USING btree ("certificate_id","id");--> statement-breakpoint
CREATE INDEX "certificates_holder_idx" ON "certificates" USING btree ("holder_id_hash");--> statement-breakpoint
CREATE INDEX "certificates_region_idx" ON "certificates" USING btree ("region_code","issued_on");--> statement-breakpoint
CREATE INDEX "certificates_committee_idx" ON "certificates" USING btree ("committee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_import_key_idx" ON "certificates" USING btree ("import_key");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_application_idx" ON "certificates" USING btree ("application_id") WHERE status <> 'voided';--> statement-breakpoint
CREATE INDEX "title_import_jobs_region_idx" ON "title_import_jobs" USING btree ("region_code","started_at");--> statement-breakpoint
CREATE INDEX "complaints_region_idx" ON "complaints" USING btree ("region_code","status");--> statement-breakpoint
CREATE INDEX "fraud_findings_person_idx" ON "fraud_findings" USING btree ("person_id_hash");--> statement-breakpoint
CREATE INDEX "fraud_findings_region_idx" ON "fraud_findings" USING btree ("region_code","decided_on");--> statement-breakpoint
-- Every status change tells every server process (LISTEN certificate_status) to drop its cached
-- verification answer for that number, so a revocation is visible at once everywhere.
CREATE FUNCTION notify_certificate_status() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('certificate_status', NEW.number);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER certificates_status_notify AFTER UPDATE OF status ON certificates
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION notify_certificate_status();
