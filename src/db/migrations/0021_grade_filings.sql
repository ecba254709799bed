CREATE TABLE "grade_filing_candidates" (
	"filing_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"current_grade" smallint,
	"current_since" date,
	"title_level" varchar(20),
	"passed" boolean,
	"result" varchar(100),
	CONSTRAINT "grade_filing_candidates_filing_id_person_id_pk" PRIMARY KEY("filing_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "grade_filings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"target_grade" smallint NOT NULL,
	"state" varchar(16) NOT NULL,
	"standard" text NOT NULL,
	"planned_date" date NOT NULL,
	"vacancy" smallint,
	"communicated_at" timestamp with time zone,
	"acknowledgement" text,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"evaluated_on" date,
	"report_note" text,
	"reported_at" timestamp with time zone,
	"approval_document" varchar(100),
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"return_reasons" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grade_filings_grade_check" CHECK (target_grade between 2 and 3)
);
--> statement-breakpoint
ALTER TABLE "grade_filing_candidates" ADD CONSTRAINT "grade_filing_candidates_filing_id_grade_filings_id_fk" FOREIGN KEY ("filing_id") REFERENCES "public"."grade_filings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_filing_candidates" ADD CONSTRAINT "grade_filing_candidates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_filings" ADD CONSTRAINT "grade_filings_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_filings" ADD CONSTRAINT "grade_filings_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_filings" ADD CONSTRAINT "grade_filings_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_filings" ADD CONSTRAINT "grade_filings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grade_filings" ADD CONSTRAINT "grade_filings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grade_filing_candidates_person_idx" ON "grade_filing_candidates" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "grade_filings_unit_idx" ON "grade_filings" USING btree ("organisation_id","state");--> statement-breakpoint
CREATE INDEX "grade_filings_queue_idx" ON "grade_filings" USING btree ("state","updated_at");