CREATE TABLE "ghost_paces" (
	"id" serial PRIMARY KEY NOT NULL,
	"cohort_id" integer NOT NULL,
	"source" varchar(50) NOT NULL,
	"subsystem" varchar(255) NOT NULL,
	"total_items" integer NOT NULL,
	"completed_items" integer NOT NULL,
	"started_on" date,
	"milestones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"computed_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "ghost_paces_cohort_id_unique" UNIQUE("cohort_id"),
	CONSTRAINT "ghost_paces_subsystem_check" CHECK ("ghost_paces"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload')),
	CONSTRAINT "ghost_paces_source_check" CHECK ("ghost_paces"."source" IN ('cadence_tasks'))
);
--> statement-breakpoint
CREATE TABLE "race_runs" (
	"id" serial PRIMARY KEY NOT NULL,
	"attempt_id" integer NOT NULL,
	"student_id" varchar(255) NOT NULL,
	"module_id" integer NOT NULL,
	"ghost" varchar(100) DEFAULT 'median' NOT NULL,
	"status" varchar(20) DEFAULT 'running' NOT NULL,
	"started_at" timestamp (3) DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"finished_at" timestamp (3),
	"time_seconds" integer,
	"mastery_score" numeric(5, 2),
	"splits" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"medal" varchar(10),
	"board_status" varchar(20) DEFAULT 'pending' NOT NULL,
	"flag_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reviewed_by" varchar(255),
	"reviewed_at" timestamp,
	CONSTRAINT "race_runs_attempt_id_unique" UNIQUE("attempt_id"),
	CONSTRAINT "race_runs_status_check" CHECK ("race_runs"."status" IN ('running', 'finished', 'abandoned')),
	CONSTRAINT "race_runs_board_status_check" CHECK ("race_runs"."board_status" IN ('pending', 'listed', 'flagged', 'rejected')),
	CONSTRAINT "race_runs_medal_check" CHECK ("race_runs"."medal" IS NULL OR "race_runs"."medal" IN ('gold', 'silver', 'bronze')),
	CONSTRAINT "race_runs_time_check" CHECK ("race_runs"."time_seconds" IS NULL OR "race_runs"."time_seconds" >= 0),
	CONSTRAINT "race_runs_mastery_check" CHECK ("race_runs"."mastery_score" IS NULL OR "race_runs"."mastery_score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
ALTER TABLE "ghost_paces" ADD CONSTRAINT "ghost_paces_cohort_id_ghost_cohorts_cohort_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."ghost_cohorts"("cohort_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "race_runs" ADD CONSTRAINT "race_runs_attempt_id_module_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."module_attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "race_runs" ADD CONSTRAINT "race_runs_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "race_runs" ADD CONSTRAINT "race_runs_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_race_runs_board" ON "race_runs" USING btree ("module_id","board_status","time_seconds","finished_at");--> statement-breakpoint
CREATE INDEX "idx_race_runs_module_finished" ON "race_runs" USING btree ("module_id","finished_at");--> statement-breakpoint
CREATE INDEX "idx_race_runs_student_module" ON "race_runs" USING btree ("student_id","module_id");