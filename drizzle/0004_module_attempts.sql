CREATE TABLE "module_attempts" (
	"id" serial PRIMARY KEY NOT NULL,
	"student_id" varchar(255) NOT NULL,
	"module_id" integer NOT NULL,
	"version_id" integer,
	"version_number" varchar(50),
	"status" varchar(20) DEFAULT 'in_progress' NOT NULL,
	"started_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"last_activity_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"finished_at" timestamp,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"checkpoint_results" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"performance_log_id" integer,
	CONSTRAINT "module_attempts_performance_log_id_unique" UNIQUE("performance_log_id"),
	CONSTRAINT "module_attempts_status_check" CHECK ("module_attempts"."status" IN ('in_progress', 'finished', 'abandoned'))
);
--> statement-breakpoint
ALTER TABLE "module_attempts" ADD CONSTRAINT "module_attempts_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_attempts" ADD CONSTRAINT "module_attempts_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_attempts" ADD CONSTRAINT "module_attempts_version_id_module_version_history_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."module_version_history"("version_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_attempts" ADD CONSTRAINT "module_attempts_performance_log_id_learner_performance_log_id_fk" FOREIGN KEY ("performance_log_id") REFERENCES "public"."learner_performance"("log_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "module_attempts_one_in_progress" ON "module_attempts" USING btree ("student_id","module_id") WHERE "module_attempts"."status" = 'in_progress';--> statement-breakpoint
CREATE INDEX "idx_module_attempts_student_module" ON "module_attempts" USING btree ("student_id","module_id");