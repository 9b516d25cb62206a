CREATE TABLE "cadence_corrections" (
	"id" serial PRIMARY KEY NOT NULL,
	"entity_type" varchar(20) NOT NULL,
	"record_id" integer NOT NULL,
	"notion_page_id" varchar(100),
	"field" varchar(50) NOT NULL,
	"value" jsonb,
	"source_value" jsonb,
	"corrected_by" varchar(36),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"updated_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "cadence_corrections_record_field_unique" UNIQUE("entity_type","record_id","field"),
	CONSTRAINT "cadence_corrections_entity_type_check" CHECK ("cadence_corrections"."entity_type" IN ('person', 'project', 'task', 'meeting', 'document'))
);
--> statement-breakpoint
CREATE TABLE "cadence_person_merges" (
	"id" serial PRIMARY KEY NOT NULL,
	"merged_person_id" integer NOT NULL,
	"merged_name" varchar(255) NOT NULL,
	"merged_email" varchar(255),
	"merged_notion_page_id" varchar(100),
	"into_person_id" integer NOT NULL,
	"merged_by" varchar(36),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agent_api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" varchar(100) NOT NULL,
	"token_prefix" varchar(16) NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"created_by" varchar(36),
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	"last_used_at" timestamp,
	"revoked_at" timestamp,
	"revoked_by" varchar(36),
	CONSTRAINT "agent_api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "agent_log_ingests" (
	"id" serial PRIMARY KEY NOT NULL,
	"token_id" integer NOT NULL,
	"idempotency_key" varchar(200),
	"log_id" integer,
	"created_at" timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
	CONSTRAINT "agent_log_ingests_token_key_unique" UNIQUE("token_id","idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "cadence_raw_content" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS ((setweight(to_tsvector('english', left(coalesce("cadence_raw_content"."title", ''), 200000)), 'A') || setweight(to_tsvector('english', left(coalesce("cadence_raw_content"."content_markdown", ''), 200000)), 'B')) || setweight(jsonb_to_tsvector('english', "cadence_raw_content"."properties", '["string"]'), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "cadence_corrections" ADD CONSTRAINT "cadence_corrections_corrected_by_app_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."app_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadence_person_merges" ADD CONSTRAINT "cadence_person_merges_into_person_id_cadence_people_person_id_fk" FOREIGN KEY ("into_person_id") REFERENCES "public"."cadence_people"("person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cadence_person_merges" ADD CONSTRAINT "cadence_person_merges_merged_by_app_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."app_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_api_tokens" ADD CONSTRAINT "agent_api_tokens_created_by_app_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_api_tokens" ADD CONSTRAINT "agent_api_tokens_revoked_by_app_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."app_users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_log_ingests" ADD CONSTRAINT "agent_log_ingests_token_id_agent_api_tokens_id_fk" FOREIGN KEY ("token_id") REFERENCES "public"."agent_api_tokens"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_log_ingests" ADD CONSTRAINT "agent_log_ingests_log_id_ascent_basecamp_agent_log_log_id_fk" FOREIGN KEY ("log_id") REFERENCES "public"."ascent_basecamp_agent_log"("log_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "idx_cadence_corrections_notion_page_id" ON "cadence_corrections" USING btree ("notion_page_id");--> statement-breakpoint
CREATE INDEX "idx_cadence_person_merges_into_person_id" ON "cadence_person_merges" USING btree ("into_person_id");--> statement-breakpoint
CREATE INDEX "idx_agent_log_ingests_token_created" ON "agent_log_ingests" USING btree ("token_id","created_at");--> statement-breakpoint
CREATE INDEX "idx_cadence_documents_search" ON "cadence_documents" USING gin ((setweight(to_tsvector('english', left(coalesce("title", ''), 200000)), 'A') || setweight(to_tsvector('english', left(coalesce("url", ''), 200000)), 'D')));--> statement-breakpoint
CREATE INDEX "idx_cadence_meetings_search" ON "cadence_meetings" USING gin ((setweight(to_tsvector('english', left(coalesce("name", ''), 200000)), 'A') || setweight(to_tsvector('english', left(coalesce("notes", ''), 200000)), 'B') || setweight(to_tsvector('english', left(coalesce("attendees", ''), 200000)), 'C')));--> statement-breakpoint
CREATE INDEX "idx_cadence_people_search" ON "cadence_people" USING gin ((setweight(to_tsvector('english', left(coalesce("name", ''), 200000)), 'A') || setweight(to_tsvector('english', left(coalesce("role", ''), 200000)), 'B') || setweight(to_tsvector('english', left(coalesce("email", ''), 200000)), 'C')));--> statement-breakpoint
CREATE INDEX "idx_cadence_projects_search" ON "cadence_projects" USING gin ((setweight(to_tsvector('english', left(coalesce("name", ''), 200000)), 'A') || setweight(to_tsvector('english', left(coalesce("description", ''), 200000)), 'B')));--> statement-breakpoint
CREATE INDEX "idx_cadence_raw_content_search" ON "cadence_raw_content" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "idx_cadence_raw_content_title_search" ON "cadence_raw_content" USING gin (to_tsvector('english', "title"));--> statement-breakpoint
CREATE INDEX "idx_cadence_tasks_due_date" ON "cadence_tasks" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "idx_cadence_tasks_search" ON "cadence_tasks" USING gin ((setweight(to_tsvector('english', left(coalesce("title", ''), 200000)), 'A') || setweight(to_tsvector('english', left(coalesce("description", ''), 200000)), 'B')));--> statement-breakpoint
CREATE INDEX "idx_agent_log_timeline" ON "ascent_basecamp_agent_log" USING btree ("timestamp" DESC NULLS LAST,"log_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_agent_log_agent_timeline" ON "ascent_basecamp_agent_log" USING btree ("agent_name","timestamp" DESC NULLS LAST,"log_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_agent_log_action_timeline" ON "ascent_basecamp_agent_log" USING btree ("action_type","timestamp" DESC NULLS LAST,"log_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_agent_log_status_timeline" ON "ascent_basecamp_agent_log" USING btree ("status","timestamp" DESC NULLS LAST,"log_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_agent_log_subsystem_timeline" ON "ascent_basecamp_agent_log" USING btree ("subsystem","timestamp" DESC NULLS LAST,"log_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "idx_agent_log_metadata" ON "ascent_basecamp_agent_log" USING gin ("metadata" jsonb_path_ops);