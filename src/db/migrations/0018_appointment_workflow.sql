ALTER TABLE "appointments" ADD COLUMN "publicity_until" date;--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "return_reasons" jsonb;