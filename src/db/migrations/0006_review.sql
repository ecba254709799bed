CREATE TABLE "ballot_participation" (
	"session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	CONSTRAINT "ballot_participation_session_id_application_id_expert_id_pk" PRIMARY KEY("session_id","application_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_tallies" (
	"session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"agree" integer DEFAULT 0 NOT NULL,
	"disagree" integer DEFAULT 0 NOT NULL,
	"abstain" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ballot_tallies_session_id_application_id_pk" PRIMARY KEY("session_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "session_results" (
	"session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"cap_group" varchar(80) NOT NULL,
	"attending" integer NOT NULL,
	"required" integer NOT NULL,
	"agree" integer NOT NULL,
	"disagree" integer NOT NULL,
	"abstain" integer NOT NULL,
	"rank" integer,
	"outcome" varchar(24) NOT NULL,
	"passed" boolean NOT NULL,
	"reason" text NOT NULL,
	"citation" jsonb,
	"fixed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "session_results_session_id_application_id_pk" PRIMARY KEY("session_id","application_id")
);
--> statement-breakpoint
CREATE TABLE "self_review_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"series" varchar(40) NOT NULL,
	"levels" jsonb NOT NULL,
	"specialties" jsonb NOT NULL,
	"reason" text NOT NULL,
	"status" varchar(16) DEFAULT 'pending' NOT NULL,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"committee_id" uuid,
	"submitted_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_pool_members" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"committee_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"group" varchar(50) NOT NULL,
	"added_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "expert_relations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"expert_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" varchar(20) NOT NULL,
	"note" text,
	"declared_by" uuid NOT NULL,
	"declared_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" varchar(50) NOT NULL,
	"user_id" uuid,
	"series" varchar(40) NOT NULL,
	"level" varchar(20) NOT NULL,
	"specialty" varchar(50) NOT NULL,
	"unit_organisation_id" uuid,
	"unit_name" varchar(100) NOT NULL,
	"unit_history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"private_sector" boolean DEFAULT false NOT NULL,
	"term_from" date NOT NULL,
	"term_to" date NOT NULL,
	"status" varchar(16) DEFAULT 'active' NOT NULL,
	"id_number_hash" varchar(64),
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experts_id_number_hash_unique" UNIQUE("id_number_hash")
);
--> statement-breakpoint
CREATE TABLE "panel_seats" (
	"session_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"group" varchar(50) NOT NULL,
	"role" varchar(16) NOT NULL,
	"seat_order" integer NOT NULL,
	"green_channel" boolean DEFAULT false NOT NULL,
	"attendance" varchar(16),
	CONSTRAINT "panel_seats_session_id_expert_id_pk" PRIMARY KEY("session_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "recusals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"reason" varchar(24) NOT NULL,
	"detail" text NOT NULL,
	"source" varchar(16) NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "review_scores" (
	"session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"expert_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"comment" text NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "review_scores_session_id_application_id_expert_id_pk" PRIMARY KEY("session_id","application_id","expert_id")
);
--> statement-breakpoint
CREATE TABLE "review_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"name" varchar(100) NOT NULL,
	"held_on" date NOT NULL,
	"place" varchar(100) NOT NULL,
	"status" varchar(24) NOT NULL,
	"strata" jsonb NOT NULL,
	"look_back_years" integer NOT NULL,
	"seed" varchar(128),
	"seed_published_at" timestamp with time zone,
	"pool_hash" varchar(64),
	"inputs_hash" varchar(64),
	"pool_snapshot" text,
	"draw_inputs" text,
	"drawn_at" timestamp with time zone,
	"quorum_required" integer,
	"attending" integer,
	"voting_opened_at" timestamp with time zone,
	"voting_closed_at" timestamp with time zone,
	"results_fixed_at" timestamp with time zone,
	"results_digest" varchar(64),
	"result_publicity_ends_on" date,
	"filing_due_on" date,
	"filed_on" date,
	"filing_overdue" boolean DEFAULT false NOT NULL,
	"announcement_number" varchar(60),
	"announced_on" date,
	"minutes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "session_agenda" (
	"session_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"group" varchar(50) NOT NULL,
	"code" varchar(16) NOT NULL,
	"position" integer NOT NULL,
	"green_channel" boolean DEFAULT false NOT NULL,
	"defence_at" timestamp with time zone,
	"defence_place" varchar(100),
	"deliberation_note" text,
	CONSTRAINT "session_agenda_session_id_application_id_pk" PRIMARY KEY("session_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "result_publicity_ends_on" date;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "status_reason" text;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "organiser" varchar(100) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "kind" varchar(16) DEFAULT 'government' NOT NULL;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "organised_by" varchar(16) DEFAULT 'series' NOT NULL;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "approval_number" varchar(60) DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "specialty_groups" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "self_review_unit_id" uuid;--> statement-breakpoint
ALTER TABLE "ballot_participation" ADD CONSTRAINT "ballot_participation_session_id_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."review_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_participation" ADD CONSTRAINT "ballot_participation_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_participation" ADD CONSTRAINT "ballot_participation_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_tallies" ADD CONSTRAINT "ballot_tallies_session_id_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."review_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_tallies" ADD CONSTRAINT "ballot_tallies_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_results" ADD CONSTRAINT "session_results_session_id_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."review_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_results" ADD CONSTRAINT "session_results_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_review_applications" ADD CONSTRAINT "self_review_applications_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_review_applications" ADD CONSTRAINT "self_review_applications_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_pool_members" ADD CONSTRAINT "expert_pool_members_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_pool_members" ADD CONSTRAINT "expert_pool_members_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_relations" ADD CONSTRAINT "expert_relations_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_relations" ADD CONSTRAINT "expert_relations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experts" ADD CONSTRAINT "experts_unit_organisation_id_organisations_id_fk" FOREIGN KEY ("unit_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_seats" ADD CONSTRAINT "panel_seats_session_id_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."review_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "panel_seats" ADD CONSTRAINT "panel_seats_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recusals" ADD CONSTRAINT "recusals_session_id_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."review_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recusals" ADD CONSTRAINT "recusals_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recusals" ADD CONSTRAINT "recusals_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_session_id_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."review_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_scores" ADD CONSTRAINT "review_scores_expert_id_experts_id_fk" FOREIGN KEY ("expert_id") REFERENCES "public"."experts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_sessions" ADD CONSTRAINT "review_sessions_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_agenda" ADD CONSTRAINT "session_agenda_session_id_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."review_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_agenda" ADD CONSTRAINT "session_agenda_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "self_review_applications_org_idx" ON "self_review_applications" USING btree ("organisation_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "expert_pool_members_unique_idx" ON "expert_pool_members" USING btree ("committee_id","year","expert_id");--> statement-breakpoint
CREATE INDEX "expert_pool_members_expert_idx" ON "expert_pool_members" USING btree ("expert_id");--> statement-breakpoint
CREATE UNIQUE INDEX "expert_relations_unique_idx" ON "expert_relations" USING btree ("expert_id","person_id","kind");--> statement-breakpoint
CREATE INDEX "experts_specialty_idx" ON "experts" USING btree ("series","specialty");--> statement-breakpoint
CREATE INDEX "experts_user_idx" ON "experts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "recusals_session_idx" ON "recusals" USING btree ("session_id","application_id");--> statement-breakpoint
CREATE INDEX "review_sessions_committee_idx" ON "review_sessions" USING btree ("committee_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "session_agenda_application_idx" ON "session_agenda" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "session_agenda_code_idx" ON "session_agenda" USING btree ("session_id","code");--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_self_review_unit_id_organisations_id_fk" FOREIGN KEY ("self_review_unit_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Fixed results are immutable (DOMAIN §6): refuse every update and delete of session_results.
CREATE FUNCTION "session_results_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '评审结果一经确定不得修改' USING ERRCODE = 'P0001';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "session_results_no_change" BEFORE UPDATE OR DELETE ON "session_results"
  FOR EACH ROW EXECUTE FUNCTION "session_results_immutable"();
