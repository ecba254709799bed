CREATE TABLE "login_failures" (
	"name_hash" varchar(64) PRIMARY KEY NOT NULL,
	"failures" integer NOT NULL,
	"last_failed_at" timestamp with time zone NOT NULL,
	"locked_until" timestamp with time zone,
	"forget_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "request_digest" varchar(64);--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "device_class" varchar(8) DEFAULT 'desktop' NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "replaced_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "login_failures_forget_idx" ON "login_failures" USING btree ("forget_at");--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "failed_login_count";