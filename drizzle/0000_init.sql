CREATE TABLE "faculty" (
	"id" serial PRIMARY KEY NOT NULL,
	"university_id" integer NOT NULL,
	"name" varchar(255) NOT NULL,
	"email" varchar(255) NOT NULL,
	"title" varchar(255),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "faculty_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "students" (
	"id" varchar(255) PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"email" varchar(255) NOT NULL,
	"team_id" integer,
	"university_id" integer NOT NULL,
	"semester" varchar(100) NOT NULL,
	"public_leaderboard" boolean DEFAULT false NOT NULL,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "students_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "teams" (
	"id" serial PRIMARY KEY NOT NULL,
	"university_id" integer NOT NULL,
	"name" varchar(255) NOT NULL,
	"semester" varchar(100) NOT NULL,
	"subsystem_focus" varchar(255),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "teams_university_name_semester_unique" UNIQUE("university_id","name","semester"),
	CONSTRAINT "teams_subsystem_focus_check" CHECK ("teams"."subsystem_focus" IS NULL OR "teams"."subsystem_focus" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload'))
);
--> statement-breakpoint
CREATE TABLE "universities" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"short_name" varchar(50) NOT NULL,
	"country" varchar(100),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "universities_name_unique" UNIQUE("name"),
	CONSTRAINT "universities_short_name_unique" UNIQUE("short_name")
);
--> statement-breakpoint
CREATE TABLE "module_analytics_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"student_id" varchar(255),
	"module_id" integer NOT NULL,
	"event_type" varchar(50) NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "module_analytics_events_type_check" CHECK ("module_analytics_events"."event_type" IN ('viewed', 'started', 'checkpoint_passed', 'checkpoint_failed', 'finished', 'abandoned'))
);
--> statement-breakpoint
CREATE TABLE "module_assignments" (
	"id" serial PRIMARY KEY NOT NULL,
	"module_id" integer NOT NULL,
	"team_id" integer,
	"student_id" varchar(255),
	"assigned_by" integer,
	"due_date" date,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "module_assignments_one_target_check" CHECK (("module_assignments"."team_id" IS NULL) <> ("module_assignments"."student_id" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "module_feedback" (
	"id" serial PRIMARY KEY NOT NULL,
	"student_id" varchar(255) NOT NULL,
	"module_id" integer NOT NULL,
	"rating" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "module_feedback_student_module_unique" UNIQUE("student_id","module_id"),
	CONSTRAINT "module_feedback_rating_check" CHECK ("module_feedback"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "module_prerequisites" (
	"prereq_id" serial PRIMARY KEY NOT NULL,
	"module_id" integer,
	"prerequisite_module_id" integer,
	"required" boolean DEFAULT true,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "module_prerequisites_pair_unique" UNIQUE("module_id","prerequisite_module_id"),
	CONSTRAINT "module_prerequisites_not_self_check" CHECK ("module_prerequisites"."module_id" <> "module_prerequisites"."prerequisite_module_id")
);
--> statement-breakpoint
CREATE TABLE "module_progress" (
	"id" serial PRIMARY KEY NOT NULL,
	"student_id" varchar(255) NOT NULL,
	"module_id" integer NOT NULL,
	"status" varchar(50) DEFAULT 'not_started' NOT NULL,
	"percent_complete" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp,
	"completed_at" timestamp,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "module_progress_student_module_unique" UNIQUE("student_id","module_id"),
	CONSTRAINT "module_progress_status_check" CHECK ("module_progress"."status" IN ('not_started', 'in_progress', 'completed', 'mastered')),
	CONSTRAINT "module_progress_percent_check" CHECK ("module_progress"."percent_complete" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "module_sections" (
	"id" serial PRIMARY KEY NOT NULL,
	"module_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" varchar(255) NOT NULL,
	"body_markdown" text DEFAULT '' NOT NULL,
	"is_checkpoint" boolean DEFAULT false NOT NULL,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "module_sections_module_position_unique" UNIQUE("module_id","position"),
	CONSTRAINT "module_sections_position_check" CHECK ("module_sections"."position" >= 1)
);
--> statement-breakpoint
CREATE TABLE "module_version_history" (
	"version_id" serial PRIMARY KEY NOT NULL,
	"module_id" integer,
	"version_number" varchar(50),
	"spec_json" jsonb,
	"change_description" text,
	"created_by" varchar(255),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "module_version_history_module_version_unique" UNIQUE("module_id","version_number")
);
--> statement-breakpoint
CREATE TABLE "modules" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" varchar(255) NOT NULL,
	"title" varchar(255) NOT NULL,
	"subsystem" varchar(255) NOT NULL,
	"summary" text,
	"difficulty" varchar(50) DEFAULT 'medium' NOT NULL,
	"estimated_minutes" integer DEFAULT 30 NOT NULL,
	"status" varchar(50) DEFAULT 'draft' NOT NULL,
	"notion_page_id" varchar(100),
	"current_version" varchar(50),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "modules_slug_unique" UNIQUE("slug"),
	CONSTRAINT "modules_subsystem_check" CHECK ("modules"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload')),
	CONSTRAINT "modules_difficulty_check" CHECK ("modules"."difficulty" IN ('easy', 'medium', 'hard', 'expert')),
	CONSTRAINT "modules_status_check" CHECK ("modules"."status" IN ('draft', 'published', 'archived')),
	CONSTRAINT "modules_estimated_minutes_check" CHECK ("modules"."estimated_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "ghost_cohorts" (
	"cohort_id" serial PRIMARY KEY NOT NULL,
	"cohort_name" varchar(255) NOT NULL,
	"semester" varchar(100),
	"university" varchar(255),
	"subsystem" varchar(255),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "ghost_cohorts_name_unique" UNIQUE("cohort_name"),
	CONSTRAINT "ghost_cohorts_subsystem_check" CHECK ("ghost_cohorts"."subsystem" IS NULL OR "ghost_cohorts"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload'))
);
--> statement-breakpoint
CREATE TABLE "learner_performance" (
	"log_id" serial PRIMARY KEY NOT NULL,
	"student_id" varchar(255),
	"module_id" integer,
	"attempt_number" integer,
	"time_spent_seconds" integer,
	"errors_count" integer,
	"mastery_score" numeric(5, 2),
	"completed" boolean DEFAULT false,
	"timestamp" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "learner_performance_attempt_unique" UNIQUE("student_id","module_id","attempt_number"),
	CONSTRAINT "learner_performance_mastery_check" CHECK ("learner_performance"."mastery_score" IS NULL OR "learner_performance"."mastery_score" BETWEEN 0 AND 100),
	CONSTRAINT "learner_performance_counts_check" CHECK (("learner_performance"."time_spent_seconds" IS NULL OR "learner_performance"."time_spent_seconds" >= 0) AND ("learner_performance"."errors_count" IS NULL OR "learner_performance"."errors_count" >= 0) AND ("learner_performance"."attempt_number" IS NULL OR "learner_performance"."attempt_number" >= 1))
);
--> statement-breakpoint
CREATE TABLE "module_difficulty_calibrations" (
	"calibration_id" serial PRIMARY KEY NOT NULL,
	"module_id" integer,
	"difficulty_level" varchar(50),
	"average_time_seconds" integer,
	"success_rate" numeric(5, 2),
	"sample_size" integer,
	"last_updated" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "module_difficulty_calibrations_level_check" CHECK ("module_difficulty_calibrations"."difficulty_level" IS NULL OR "module_difficulty_calibrations"."difficulty_level" IN ('easy', 'medium', 'hard', 'expert'))
);
--> statement-breakpoint
CREATE TABLE "race_metadata" (
	"race_id" serial PRIMARY KEY NOT NULL,
	"module_id" integer,
	"ghost_data" jsonb,
	"time_targets" jsonb,
	"checkpoints" jsonb,
	"leaderboard_data" jsonb,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "race_metadata_module_unique" UNIQUE("module_id")
);
--> statement-breakpoint
CREATE TABLE "subsystem_competency" (
	"competency_id" serial PRIMARY KEY NOT NULL,
	"student_id" varchar(255),
	"subsystem" varchar(255) NOT NULL,
	"competency_level" varchar(50),
	"modules_completed" integer DEFAULT 0,
	"last_activity" timestamp,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "subsystem_competency_student_subsystem_unique" UNIQUE("student_id","subsystem"),
	CONSTRAINT "subsystem_competency_subsystem_check" CHECK ("subsystem_competency"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload')),
	CONSTRAINT "subsystem_competency_level_check" CHECK ("subsystem_competency"."competency_level" IS NULL OR "subsystem_competency"."competency_level" IN ('orientation', 'competency', 'integration', 'autonomy'))
);
--> statement-breakpoint
CREATE TABLE "cadence_documents" (
	"doc_id" serial PRIMARY KEY NOT NULL,
	"title" varchar(255) NOT NULL,
	"url" text,
	"doc_type" varchar(100),
	"category" varchar(100),
	"subsystem" varchar(255),
	"notion_page_id" varchar(100),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "cadence_documents_notion_page_id_unique" UNIQUE("notion_page_id"),
	CONSTRAINT "cadence_documents_doc_type_check" CHECK ("cadence_documents"."doc_type" IS NULL OR "cadence_documents"."doc_type" IN ('technical', 'program', 'workflow')),
	CONSTRAINT "cadence_documents_category_check" CHECK ("cadence_documents"."category" IS NULL OR "cadence_documents"."category" IN ('documents_program', 'documents_technical', 'documents_workflow')),
	CONSTRAINT "cadence_documents_subsystem_check" CHECK ("cadence_documents"."subsystem" IS NULL OR "cadence_documents"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload'))
);
--> statement-breakpoint
CREATE TABLE "cadence_meetings" (
	"meeting_id" serial PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"meeting_date" timestamp,
	"attendees" text,
	"project_id" integer,
	"notes" text,
	"notion_page_id" varchar(100),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "cadence_meetings_notion_page_id_unique" UNIQUE("notion_page_id")
);
--> statement-breakpoint
CREATE TABLE "cadence_people" (
	"person_id" serial PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"role" varchar(255),
	"subsystem" varchar(255),
	"email" varchar(255),
	"notion_page_id" varchar(100),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "cadence_people_email_unique" UNIQUE("email"),
	CONSTRAINT "cadence_people_notion_page_id_unique" UNIQUE("notion_page_id"),
	CONSTRAINT "cadence_people_subsystem_check" CHECK ("cadence_people"."subsystem" IS NULL OR "cadence_people"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload'))
);
--> statement-breakpoint
CREATE TABLE "cadence_projects" (
	"project_id" serial PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"description" text,
	"subsystem" varchar(255),
	"status" varchar(100),
	"owner_id" integer,
	"notion_page_id" varchar(100),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "cadence_projects_notion_page_id_unique" UNIQUE("notion_page_id"),
	CONSTRAINT "cadence_projects_subsystem_check" CHECK ("cadence_projects"."subsystem" IS NULL OR "cadence_projects"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload')),
	CONSTRAINT "cadence_projects_status_check" CHECK ("cadence_projects"."status" IS NULL OR "cadence_projects"."status" IN ('completed', 'in_progress', 'blocked', 'todo', 'active', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "cadence_raw_content" (
	"id" serial PRIMARY KEY NOT NULL,
	"notion_page_id" varchar(100) NOT NULL,
	"title" text NOT NULL,
	"export_path" text NOT NULL,
	"parent_page_id" varchar(100),
	"database_name" varchar(255),
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"content_markdown" text DEFAULT '' NOT NULL,
	"content_hash" varchar(64) NOT NULL,
	"category" varchar(50) NOT NULL,
	"keep" boolean DEFAULT false NOT NULL,
	"exclude_reason" varchar(100),
	"sync_id" integer,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "cadence_raw_content_notion_page_id_unique" UNIQUE("notion_page_id"),
	CONSTRAINT "cadence_raw_content_category_check" CHECK ("cadence_raw_content"."category" IS NULL OR "cadence_raw_content"."category" IN ('tasks', 'meetings', 'documents_program', 'documents_technical', 'documents_workflow', 'people', 'other'))
);
--> statement-breakpoint
CREATE TABLE "cadence_tasks" (
	"task_id" serial PRIMARY KEY NOT NULL,
	"title" varchar(255) NOT NULL,
	"description" text,
	"status" varchar(100),
	"due_date" date,
	"assignee_id" integer,
	"project_id" integer,
	"notion_page_id" varchar(100),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "cadence_tasks_notion_page_id_unique" UNIQUE("notion_page_id"),
	CONSTRAINT "cadence_tasks_status_check" CHECK ("cadence_tasks"."status" IS NULL OR "cadence_tasks"."status" IN ('completed', 'in_progress', 'blocked', 'todo', 'active', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "notion_sync_metadata" (
	"sync_id" serial PRIMARY KEY NOT NULL,
	"sync_type" varchar(100),
	"last_sync" timestamp,
	"records_synced" integer,
	"errors" integer,
	"status" varchar(50),
	"error_details" text,
	CONSTRAINT "notion_sync_metadata_status_check" CHECK ("notion_sync_metadata"."status" IS NULL OR "notion_sync_metadata"."status" IN ('running', 'success', 'partial', 'failed', 'skipped', 'info'))
);
--> statement-breakpoint
CREATE TABLE "ascent_basecamp_agent_log" (
	"log_id" serial PRIMARY KEY NOT NULL,
	"timestamp" timestamp DEFAULT CURRENT_TIMESTAMP,
	"agent_name" varchar(100) NOT NULL,
	"action_type" varchar(100) NOT NULL,
	"subsystem" varchar(255),
	"status" varchar(50),
	"error" text,
	"resolution" text,
	"message" text,
	"metadata" jsonb,
	CONSTRAINT "ascent_basecamp_agent_log_status_check" CHECK ("ascent_basecamp_agent_log"."status" IS NULL OR "ascent_basecamp_agent_log"."status" IN ('running', 'success', 'partial', 'failed', 'skipped', 'info')),
	CONSTRAINT "ascent_basecamp_agent_log_subsystem_check" CHECK ("ascent_basecamp_agent_log"."subsystem" IS NULL OR "ascent_basecamp_agent_log"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload'))
);
--> statement-breakpoint
CREATE TABLE "audit_logs" (
	"id" serial PRIMARY KEY NOT NULL,
	"actor_id" varchar(255),
	"actor_label" varchar(255),
	"action" varchar(100) NOT NULL,
	"entity_type" varchar(100) NOT NULL,
	"entity_id" varchar(255),
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "audit_logs_action_format_check" CHECK ("audit_logs"."action" ~ '^[a-z_]+([.][a-z_]+)+$')
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" serial PRIMARY KEY NOT NULL,
	"team_id" integer NOT NULL,
	"name" varchar(255) NOT NULL,
	"description" text,
	"subsystem" varchar(255),
	"status" varchar(100) DEFAULT 'todo' NOT NULL,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "projects_subsystem_check" CHECK ("projects"."subsystem" IS NULL OR "projects"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload')),
	CONSTRAINT "projects_status_check" CHECK ("projects"."status" IN ('completed', 'in_progress', 'blocked', 'todo', 'active', 'unknown'))
);
--> statement-breakpoint
CREATE TABLE "sandboxes" (
	"id" serial PRIMARY KEY NOT NULL,
	"environment_id" integer NOT NULL,
	"student_id" varchar(255),
	"project_id" integer,
	"name" varchar(255) NOT NULL,
	"config_json" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" varchar(50) DEFAULT 'provisioning' NOT NULL,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "sandboxes_status_check" CHECK ("sandboxes"."status" IN ('provisioning', 'ready', 'running', 'stopped', 'failed')),
	CONSTRAINT "sandboxes_owner_check" CHECK ("sandboxes"."student_id" IS NOT NULL OR "sandboxes"."project_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "simulation_environments" (
	"env_id" serial PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"type" varchar(100),
	"subsystem" varchar(255),
	"config_json" jsonb,
	"status" varchar(50),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP,
	CONSTRAINT "simulation_environments_type_check" CHECK ("simulation_environments"."type" IS NULL OR "simulation_environments"."type" IN ('CircuitJS', 'LTSpice', 'FreeCAD', 'WebContainer')),
	CONSTRAINT "simulation_environments_subsystem_check" CHECK ("simulation_environments"."subsystem" IS NULL OR "simulation_environments"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload')),
	CONSTRAINT "simulation_environments_status_check" CHECK ("simulation_environments"."status" IS NULL OR "simulation_environments"."status" IN ('available', 'maintenance', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "factor_models" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(255) NOT NULL,
	"description" text,
	"version" varchar(50) DEFAULT '1.0.0' NOT NULL,
	"target_outcome" varchar(100) NOT NULL,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "factor_models_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "factor_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"factor_id" integer NOT NULL,
	"team_id" integer,
	"project_id" integer,
	"interface_id" integer,
	"value" numeric(12, 4) NOT NULL,
	"observed_at" timestamp NOT NULL,
	CONSTRAINT "factor_values_target_check" CHECK ("factor_values"."team_id" IS NOT NULL OR "factor_values"."project_id" IS NOT NULL OR "factor_values"."interface_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "interface_factor_values" (
	"id" serial PRIMARY KEY NOT NULL,
	"interface_id" integer NOT NULL,
	"factor_id" integer NOT NULL,
	"value" numeric(12, 4) NOT NULL,
	"observed_at" timestamp NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interfaces" (
	"id" serial PRIMARY KEY NOT NULL,
	"team_id" integer NOT NULL,
	"name" varchar(255) NOT NULL,
	"subsystem_a" varchar(255) NOT NULL,
	"subsystem_b" varchar(255) NOT NULL,
	"interface_type" varchar(50) NOT NULL,
	"description" text,
	"owner_student_id" varchar(255),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "interfaces_subsystem_a_check" CHECK ("interfaces"."subsystem_a" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload')),
	CONSTRAINT "interfaces_subsystem_b_check" CHECK ("interfaces"."subsystem_b" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload')),
	CONSTRAINT "interfaces_distinct_subsystems_check" CHECK ("interfaces"."subsystem_a" <> "interfaces"."subsystem_b"),
	CONSTRAINT "interfaces_type_check" CHECK ("interfaces"."interface_type" IN ('electrical', 'mechanical', 'data', 'thermal', 'RF'))
);
--> statement-breakpoint
CREATE TABLE "model_factors" (
	"id" serial PRIMARY KEY NOT NULL,
	"model_id" integer NOT NULL,
	"factor_id" integer NOT NULL,
	"weight" numeric(8, 4) NOT NULL,
	CONSTRAINT "model_factors_model_factor_unique" UNIQUE("model_id","factor_id")
);
--> statement-breakpoint
CREATE TABLE "model_validations" (
	"id" serial PRIMARY KEY NOT NULL,
	"model_id" integer NOT NULL,
	"validated_at" timestamp NOT NULL,
	"sample_size" integer NOT NULL,
	"metrics" jsonb NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "outcomes" (
	"id" serial PRIMARY KEY NOT NULL,
	"team_id" integer NOT NULL,
	"project_id" integer,
	"outcome_type" varchar(100) NOT NULL,
	"value" numeric(12, 4) NOT NULL,
	"observed_at" timestamp NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "risk_factors" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" varchar(100) NOT NULL,
	"name" varchar(255) NOT NULL,
	"description" text,
	"subsystem" varchar(255),
	"unit" varchar(50),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "risk_factors_key_unique" UNIQUE("key"),
	CONSTRAINT "risk_factors_subsystem_check" CHECK ("risk_factors"."subsystem" IS NULL OR "risk_factors"."subsystem" IN ('avionics', 'structures', 'mission_ops', 'thermal', 'power', 'communications', 'payload'))
);
--> statement-breakpoint
ALTER TABLE "faculty" ADD CONSTRAINT "faculty_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "students" ADD CONSTRAINT "students_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams" ADD CONSTRAINT "teams_university_id_universities_id_fk" FOREIGN KEY ("university_id") REFERENCES "public"."universities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_analytics_events" ADD CONSTRAINT "module_analytics_events_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_analytics_events" ADD CONSTRAINT "module_analytics_events_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_assignments" ADD CONSTRAINT "module_assignments_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_assignments" ADD CONSTRAINT "module_assignments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_assignments" ADD CONSTRAINT "module_assignments_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_assignments" ADD CONSTRAINT "module_assignments_assigned_by_faculty_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."faculty"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_feedback" ADD CONSTRAINT "module_feedback_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_feedback" ADD CONSTRAINT "module_feedback_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_prerequisites" ADD CONSTRAINT "module_prerequisites_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_prerequisites" ADD CONSTRAINT "module_prerequisites_prerequisite_module_id_modules_id_fk" FOREIGN KEY ("prerequisite_module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_progress" ADD CONSTRAINT "module_progress_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_progress" ADD CONSTRAINT "module_progress_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_sections" ADD CONSTRAINT "module_sections_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_version_history" ADD CONSTRAINT "module_version_history_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_performance" ADD CONSTRAINT "learner_performance_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learner_performance" ADD CONSTRAINT "learner_performance_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_difficulty_calibrations" ADD CONSTRAINT "module_difficulty_calibrations_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "race_metadata" ADD CONSTRAINT "race_metadata_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subsystem_competency" ADD CONSTRAINT "subsystem_competency_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadence_meetings" ADD CONSTRAINT "cadence_meetings_project_id_cadence_projects_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."cadence_projects"("project_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadence_projects" ADD CONSTRAINT "cadence_projects_owner_id_cadence_people_person_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."cadence_people"("person_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadence_raw_content" ADD CONSTRAINT "cadence_raw_content_sync_id_notion_sync_metadata_sync_id_fk" FOREIGN KEY ("sync_id") REFERENCES "public"."notion_sync_metadata"("sync_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadence_tasks" ADD CONSTRAINT "cadence_tasks_assignee_id_cadence_people_person_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."cadence_people"("person_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadence_tasks" ADD CONSTRAINT "cadence_tasks_project_id_cadence_projects_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."cadence_projects"("project_id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sandboxes" ADD CONSTRAINT "sandboxes_environment_id_simulation_environments_env_id_fk" FOREIGN KEY ("environment_id") REFERENCES "public"."simulation_environments"("env_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sandboxes" ADD CONSTRAINT "sandboxes_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sandboxes" ADD CONSTRAINT "sandboxes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "factor_values" ADD CONSTRAINT "factor_values_factor_id_risk_factors_id_fk" FOREIGN KEY ("factor_id") REFERENCES "public"."risk_factors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "factor_values" ADD CONSTRAINT "factor_values_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "factor_values" ADD CONSTRAINT "factor_values_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "factor_values" ADD CONSTRAINT "factor_values_interface_id_interfaces_id_fk" FOREIGN KEY ("interface_id") REFERENCES "public"."interfaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interface_factor_values" ADD CONSTRAINT "interface_factor_values_interface_id_interfaces_id_fk" FOREIGN KEY ("interface_id") REFERENCES "public"."interfaces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interface_factor_values" ADD CONSTRAINT "interface_factor_values_factor_id_risk_factors_id_fk" FOREIGN KEY ("factor_id") REFERENCES "public"."risk_factors"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interfaces" ADD CONSTRAINT "interfaces_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interfaces" ADD CONSTRAINT "interfaces_owner_student_id_students_id_fk" FOREIGN KEY ("owner_student_id") REFERENCES "public"."students"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_factors" ADD CONSTRAINT "model_factors_model_id_factor_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."factor_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_factors" ADD CONSTRAINT "model_factors_factor_id_risk_factors_id_fk" FOREIGN KEY ("factor_id") REFERENCES "public"."risk_factors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_validations" ADD CONSTRAINT "model_validations_model_id_factor_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."factor_models"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcomes" ADD CONSTRAINT "outcomes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_faculty_university_id" ON "faculty" USING btree ("university_id");--> statement-breakpoint
CREATE INDEX "idx_students_team_id" ON "students" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "idx_students_university_semester" ON "students" USING btree ("university_id","semester");--> statement-breakpoint
CREATE INDEX "idx_teams_semester" ON "teams" USING btree ("semester");--> statement-breakpoint
CREATE INDEX "idx_module_analytics_events_module_time" ON "module_analytics_events" USING btree ("module_id","occurred_at");--> statement-breakpoint
CREATE INDEX "idx_module_analytics_events_student_id" ON "module_analytics_events" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "idx_module_assignments_team_id" ON "module_assignments" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "idx_module_assignments_student_id" ON "module_assignments" USING btree ("student_id");--> statement-breakpoint
CREATE UNIQUE INDEX "module_assignments_module_team_unique" ON "module_assignments" USING btree ("module_id","team_id") WHERE "module_assignments"."team_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "module_assignments_module_student_unique" ON "module_assignments" USING btree ("module_id","student_id") WHERE "module_assignments"."student_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "idx_module_feedback_module_id" ON "module_feedback" USING btree ("module_id");--> statement-breakpoint
CREATE INDEX "idx_module_prerequisites_prerequisite" ON "module_prerequisites" USING btree ("prerequisite_module_id");--> statement-breakpoint
CREATE INDEX "idx_module_progress_module_id" ON "module_progress" USING btree ("module_id");--> statement-breakpoint
CREATE INDEX "idx_modules_subsystem" ON "modules" USING btree ("subsystem");--> statement-breakpoint
CREATE INDEX "idx_modules_notion_page_id" ON "modules" USING btree ("notion_page_id");--> statement-breakpoint
CREATE INDEX "idx_learner_performance_student_id" ON "learner_performance" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "idx_learner_performance_module_id" ON "learner_performance" USING btree ("module_id");--> statement-breakpoint
CREATE INDEX "idx_module_difficulty_calibrations_module_id" ON "module_difficulty_calibrations" USING btree ("module_id");--> statement-breakpoint
CREATE INDEX "idx_subsystem_competency_student_id" ON "subsystem_competency" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "idx_subsystem_competency_subsystem" ON "subsystem_competency" USING btree ("subsystem");--> statement-breakpoint
CREATE INDEX "idx_cadence_documents_subsystem" ON "cadence_documents" USING btree ("subsystem");--> statement-breakpoint
CREATE INDEX "idx_cadence_documents_category" ON "cadence_documents" USING btree ("category");--> statement-breakpoint
CREATE INDEX "idx_cadence_meetings_project_id" ON "cadence_meetings" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "idx_cadence_meetings_meeting_date" ON "cadence_meetings" USING btree ("meeting_date");--> statement-breakpoint
CREATE INDEX "idx_cadence_people_email" ON "cadence_people" USING btree ("email");--> statement-breakpoint
CREATE INDEX "idx_cadence_people_subsystem" ON "cadence_people" USING btree ("subsystem");--> statement-breakpoint
CREATE INDEX "idx_cadence_projects_owner_id" ON "cadence_projects" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "idx_cadence_raw_content_category_keep" ON "cadence_raw_content" USING btree ("category","keep");--> statement-breakpoint
CREATE INDEX "idx_cadence_raw_content_parent_page_id" ON "cadence_raw_content" USING btree ("parent_page_id");--> statement-breakpoint
CREATE INDEX "idx_cadence_raw_content_content_hash" ON "cadence_raw_content" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "idx_cadence_tasks_assignee_id" ON "cadence_tasks" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "idx_cadence_tasks_project_id" ON "cadence_tasks" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "idx_cadence_tasks_status" ON "cadence_tasks" USING btree ("status");--> statement-breakpoint
CREATE INDEX "idx_ascent_basecamp_agent_log_timestamp" ON "ascent_basecamp_agent_log" USING btree ("timestamp");--> statement-breakpoint
CREATE INDEX "idx_ascent_basecamp_agent_log_agent_name" ON "ascent_basecamp_agent_log" USING btree ("agent_name");--> statement-breakpoint
CREATE INDEX "idx_audit_logs_entity" ON "audit_logs" USING btree ("entity_type","entity_id");--> statement-breakpoint
CREATE INDEX "idx_audit_logs_actor_id" ON "audit_logs" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "idx_audit_logs_created_at" ON "audit_logs" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "idx_projects_team_id" ON "projects" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "idx_sandboxes_student_id" ON "sandboxes" USING btree ("student_id");--> statement-breakpoint
CREATE INDEX "idx_sandboxes_project_id" ON "sandboxes" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "idx_sandboxes_environment_id" ON "sandboxes" USING btree ("environment_id");--> statement-breakpoint
CREATE INDEX "idx_factor_values_factor_time" ON "factor_values" USING btree ("factor_id","observed_at");--> statement-breakpoint
CREATE INDEX "idx_factor_values_team_id" ON "factor_values" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "idx_interface_factor_values_interface_id" ON "interface_factor_values" USING btree ("interface_id");--> statement-breakpoint
CREATE INDEX "idx_interfaces_team_id" ON "interfaces" USING btree ("team_id");--> statement-breakpoint
CREATE INDEX "idx_model_validations_model_id" ON "model_validations" USING btree ("model_id");--> statement-breakpoint
CREATE INDEX "idx_outcomes_team_id" ON "outcomes" USING btree ("team_id");