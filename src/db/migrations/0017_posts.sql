CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	"plan_id" uuid,
	"kind" varchar(24) NOT NULL,
	"grade" smallint NOT NULL,
	"board_kind" varchar(16) NOT NULL,
	"borrowed_from_grade" smallint,
	"series" varchar(32),
	"start_date" date NOT NULL,
	"end_date" date,
	"state" varchar(16) NOT NULL,
	"reason" text,
	"approval_document" varchar(100),
	"title_due_date" date,
	"source" varchar(24) NOT NULL,
	"application_id" uuid,
	"findings" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointments_board_check" CHECK (grade between 1 and 13 and (board_kind <> 'borrowed' or borrowed_from_grade between 1 and 13))
);
--> statement-breakpoint
CREATE TABLE "post_plan_grades" (
	"plan_id" uuid NOT NULL,
	"grade" smallint NOT NULL,
	"quota" integer NOT NULL,
	CONSTRAINT "post_plan_grades_plan_id_grade_pk" PRIMARY KEY("plan_id","grade"),
	CONSTRAINT "post_plan_grades_check" CHECK (grade between 1 and 13 and quota >= 0)
);
--> statement-breakpoint
CREATE TABLE "post_plan_special_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"grade" smallint NOT NULL,
	"count" integer NOT NULL,
	"reason" text NOT NULL,
	"citation" text,
	CONSTRAINT "post_plan_special_lines_check" CHECK (grade between 1 and 13 and count > 0)
);
--> statement-breakpoint
CREATE TABLE "post_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"state" varchar(16) NOT NULL,
	"staffing_quota" integer NOT NULL,
	"funding" varchar(16) NOT NULL,
	"main_category" varchar(16) NOT NULL,
	"professional_total" integer NOT NULL,
	"management_total" integer NOT NULL,
	"support_total" integer NOT NULL,
	"region_tier" varchar(16) NOT NULL,
	"public_service" boolean NOT NULL,
	"highest_grade" smallint,
	"effective_from" date NOT NULL,
	"effective_until" date,
	"approval_document" varchar(100),
	"return_reasons" jsonb,
	"submitted_at" timestamp with time zone,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "post_plans_figures_check" CHECK (staffing_quota >= 0 and professional_total >= 0
      and management_total >= 0 and support_total >= 0)
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_plan_id_post_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."post_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_plan_grades" ADD CONSTRAINT "post_plan_grades_plan_id_post_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."post_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_plan_special_lines" ADD CONSTRAINT "post_plan_special_lines_plan_id_post_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."post_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_plans" ADD CONSTRAINT "post_plans_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_plans" ADD CONSTRAINT "post_plans_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_plans" ADD CONSTRAINT "post_plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_plans" ADD CONSTRAINT "post_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_plans" ADD CONSTRAINT "post_plans_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointments_board_idx" ON "appointments" USING btree ("organisation_id","grade","start_date","end_date") WHERE state = 'filed';--> statement-breakpoint
CREATE INDEX "appointments_borrowed_idx" ON "appointments" USING btree ("organisation_id","borrowed_from_grade") WHERE state = 'filed' and board_kind = 'borrowed';--> statement-breakpoint
CREATE INDEX "appointments_person_idx" ON "appointments" USING btree ("person_id","start_date");--> statement-breakpoint
CREATE INDEX "appointments_queue_idx" ON "appointments" USING btree ("state","organisation_id");--> statement-breakpoint
CREATE INDEX "post_plan_special_lines_plan_idx" ON "post_plan_special_lines" USING btree ("plan_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "post_plans_version_idx" ON "post_plans" USING btree ("organisation_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "post_plans_approved_idx" ON "post_plans" USING btree ("organisation_id") WHERE state = 'approved';--> statement-breakpoint
CREATE INDEX "post_plans_in_force_idx" ON "post_plans" USING btree ("organisation_id","effective_from") WHERE state in ('approved', 'superseded');--> statement-breakpoint
CREATE INDEX "post_plans_state_idx" ON "post_plans" USING btree ("state","organisation_id");