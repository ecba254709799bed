CREATE TABLE "sealed_ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"seal" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_sessions" ADD COLUMN "ballot_salt" varchar(64);--> statement-breakpoint
ALTER TABLE "sealed_ballots" ADD CONSTRAINT "sealed_ballots_session_id_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."review_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sealed_ballots_session_idx" ON "sealed_ballots" USING btree ("session_id");--> statement-breakpoint
-- A round already open when this ships gets its salt now; its earlier ballots stay in ballot_tallies and the close adds the sealed ones.
UPDATE "review_sessions" SET "ballot_salt" = replace(gen_random_uuid()::text, '-', '') WHERE "status" = 'voting';
