ALTER TABLE "deadlines" ADD COLUMN "failed_at" timestamp with time zone;--> statement-breakpoint
-- Rows that used up their attempts before failures were marked stayed pending for ever: mark them now.
UPDATE "deadlines" SET "failed_at" = now() WHERE "processed_at" IS NULL AND "attempts" >= 5;
