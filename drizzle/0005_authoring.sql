CREATE TABLE "module_calibration_archive" (
	"id" serial PRIMARY KEY NOT NULL,
	"module_id" integer NOT NULL,
	"major_version" integer NOT NULL,
	"difficulty_level" varchar(50),
	"average_time_seconds" integer,
	"success_rate" numeric(5, 2),
	"sample_size" integer DEFAULT 0 NOT NULL,
	"archived_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "module_calibration_archive_module_major_unique" UNIQUE("module_id","major_version"),
	CONSTRAINT "module_calibration_archive_level_check" CHECK ("module_calibration_archive"."difficulty_level" IS NULL OR "module_calibration_archive"."difficulty_level" IN ('easy', 'medium', 'hard', 'expert'))
);
--> statement-breakpoint
CREATE TABLE "module_environments" (
	"id" serial PRIMARY KEY NOT NULL,
	"module_id" integer NOT NULL,
	"environment_id" integer NOT NULL,
	"position" integer DEFAULT 1 NOT NULL,
	"instructions" text DEFAULT '' NOT NULL,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "module_environments_module_environment_unique" UNIQUE("module_id","environment_id")
);
--> statement-breakpoint
ALTER TABLE "sandboxes" ADD COLUMN "module_id" integer;--> statement-breakpoint
ALTER TABLE "module_calibration_archive" ADD CONSTRAINT "module_calibration_archive_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_environments" ADD CONSTRAINT "module_environments_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_environments" ADD CONSTRAINT "module_environments_environment_id_simulation_environments_env_id_fk" FOREIGN KEY ("environment_id") REFERENCES "public"."simulation_environments"("env_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_module_environments_environment_id" ON "module_environments" USING btree ("environment_id");--> statement-breakpoint
ALTER TABLE "sandboxes" ADD CONSTRAINT "sandboxes_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "sandboxes_student_module_environment_unique" ON "sandboxes" USING btree ("student_id","module_id","environment_id") WHERE "sandboxes"."module_id" IS NOT NULL AND "sandboxes"."student_id" IS NOT NULL;