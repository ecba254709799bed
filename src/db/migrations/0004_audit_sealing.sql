ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_pos" bigint;--> statement-breakpoint
-- Events written before sealing existed were chained in seq order as they were written.
UPDATE "audit_events" AS e SET "chain_pos" = r.n FROM (SELECT "seq", row_number() OVER (ORDER BY "seq") AS n FROM "audit_events" WHERE "hash" IS NOT NULL) AS r WHERE e."seq" = r."seq";--> statement-breakpoint
CREATE INDEX "audit_events_unsealed_idx" ON "audit_events" USING btree ("seq") WHERE chain_pos is null;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_chain_pos_unique" UNIQUE("chain_pos");