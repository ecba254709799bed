DROP INDEX "applications_one_per_year_idx";--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "claims" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "applications_one_per_series_idx" ON "applications" USING btree ("person_id","year","series") WHERE state not in ('withdrawn', 'not-recommended');--> statement-breakpoint
CREATE INDEX "applications_claims_idx" ON "applications" USING gin ("claims" jsonb_path_ops) WHERE claims <> '[]'::jsonb;