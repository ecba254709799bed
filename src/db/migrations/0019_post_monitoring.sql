CREATE TABLE "post_board_counts" (
	"organisation_id" uuid NOT NULL,
	"grade" smallint NOT NULL,
	"quota" integer NOT NULL,
	"normal" integer NOT NULL,
	"borrowed_in" integer NOT NULL,
	"borrowed_out" integer NOT NULL,
	"special" integer NOT NULL,
	"last_start" date,
	CONSTRAINT "post_board_counts_organisation_id_grade_pk" PRIMARY KEY("organisation_id","grade")
);
--> statement-breakpoint
CREATE TABLE "post_board_units" (
	"organisation_id" uuid PRIMARY KEY NOT NULL,
	"as_of" date NOT NULL,
	"valid_until" date,
	"plan_id" uuid
);
--> statement-breakpoint
ALTER TABLE "post_board_counts" ADD CONSTRAINT "post_board_counts_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_board_units" ADD CONSTRAINT "post_board_units_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "post_board_units_valid_idx" ON "post_board_units" USING btree ("valid_until");