PRAGMA application_id = 1349677936;
CREATE TABLE actuals (
	study_id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	variable TEXT NOT NULL, 
	time FLOAT NOT NULL, 
	value FLOAT NOT NULL, 
	source TEXT NOT NULL, 
	note TEXT NOT NULL, 
	CONSTRAINT pk_actuals PRIMARY KEY (study_id, position), 
	CONSTRAINT fk_actuals_study_id_studies FOREIGN KEY(study_id) REFERENCES studies (id) ON DELETE CASCADE
);
CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE diagram_positions (
	study_id VARCHAR(36) NOT NULL, 
	variable TEXT NOT NULL, 
	x FLOAT NOT NULL, 
	y FLOAT NOT NULL, 
	CONSTRAINT pk_diagram_positions PRIMARY KEY (study_id, variable), 
	CONSTRAINT fk_diagram_positions_study_id_studies FOREIGN KEY(study_id) REFERENCES studies (id) ON DELETE CASCADE
);
CREATE TABLE effects (
	study_id VARCHAR(36) NOT NULL, 
	event_id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	variable TEXT NOT NULL, 
	op TEXT NOT NULL, 
	value FLOAT NOT NULL, 
	CONSTRAINT pk_effects PRIMARY KEY (study_id, event_id, position), 
	CONSTRAINT ck_effects_op CHECK (op IN ('add', 'multiply')), 
	CONSTRAINT fk_effects_study_id_events FOREIGN KEY(study_id, event_id) REFERENCES events (study_id, id) ON DELETE CASCADE
);
CREATE TABLE event_switches (
	study_id VARCHAR(36) NOT NULL, 
	scenario_id VARCHAR(36) NOT NULL, 
	event TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	enabled BOOLEAN NOT NULL, 
	CONSTRAINT pk_event_switches PRIMARY KEY (study_id, scenario_id, event), 
	CONSTRAINT fk_event_switches_study_id_scenarios FOREIGN KEY(study_id, scenario_id) REFERENCES scenarios (study_id, id) ON DELETE CASCADE
);
CREATE TABLE events (
	study_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	probability FLOAT NOT NULL, 
	start FLOAT NOT NULL, 
	duration FLOAT, 
	description TEXT NOT NULL, 
	CONSTRAINT pk_events PRIMARY KEY (study_id, id), 
	CONSTRAINT fk_events_study_id_studies FOREIGN KEY(study_id) REFERENCES studies (id) ON DELETE CASCADE
);
CREATE TABLE foresight (
	study_id VARCHAR(36) NOT NULL, 
	document TEXT NOT NULL, 
	CONSTRAINT pk_foresight PRIMARY KEY (study_id), 
	CONSTRAINT fk_foresight_study_id_studies FOREIGN KEY(study_id) REFERENCES studies (id) ON DELETE CASCADE
);
CREATE TABLE overrides (
	study_id VARCHAR(36) NOT NULL, 
	scenario_id VARCHAR(36) NOT NULL, 
	variable TEXT NOT NULL, 
	position INTEGER NOT NULL, 
	value FLOAT, 
	path TEXT, 
	CONSTRAINT pk_overrides PRIMARY KEY (study_id, scenario_id, variable), 
	CONSTRAINT ck_overrides_value_or_path CHECK ((value IS NULL) <> (path IS NULL)), 
	CONSTRAINT fk_overrides_study_id_scenarios FOREIGN KEY(study_id, scenario_id) REFERENCES scenarios (study_id, id) ON DELETE CASCADE
);
CREATE TABLE proposals (
	workshop_id VARCHAR(36) NOT NULL, 
	scenario_id VARCHAR(36) NOT NULL, 
	number INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	note TEXT NOT NULL, 
	votes TEXT NOT NULL, 
	captured_at DATETIME NOT NULL, 
	CONSTRAINT pk_proposals PRIMARY KEY (workshop_id, scenario_id), 
	CONSTRAINT fk_proposals_workshop_id_workshops FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE
);
CREATE TABLE scenarios (
	study_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	color TEXT NOT NULL, 
	narrative TEXT NOT NULL, 
	parent_id VARCHAR(36), 
	origin TEXT NOT NULL, 
	CONSTRAINT pk_scenarios PRIMARY KEY (study_id, id), 
	CONSTRAINT fk_scenarios_study_id_studies FOREIGN KEY(study_id) REFERENCES studies (id) ON DELETE CASCADE
);
CREATE TABLE settings (
	"key" TEXT NOT NULL, 
	value TEXT NOT NULL, 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);
CREATE TABLE signposts (
	study_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	variable TEXT NOT NULL, 
	condition_kind TEXT NOT NULL, 
	condition_value FLOAT, 
	condition_periods INTEGER, 
	points_to TEXT NOT NULL, 
	owner TEXT NOT NULL, 
	note TEXT NOT NULL, 
	CONSTRAINT pk_signposts PRIMARY KEY (study_id, id), 
	CONSTRAINT ck_signposts_condition_kind CHECK (condition_kind IN ('above', 'below', 'rising', 'falling')), 
	CONSTRAINT fk_signposts_study_id_studies FOREIGN KEY(study_id) REFERENCES studies (id) ON DELETE CASCADE
);
CREATE TABLE studies (
	id VARCHAR(36) NOT NULL, 
	title TEXT NOT NULL, 
	description TEXT NOT NULL, 
	time_start FLOAT NOT NULL, 
	time_end FLOAT NOT NULL, 
	time_step FLOAT NOT NULL, 
	time_unit TEXT NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, as_of FLOAT, horizons TEXT, table_times TEXT, 
	CONSTRAINT pk_studies PRIMARY KEY (id)
);
CREATE TABLE variables (
	study_id VARCHAR(36) NOT NULL, 
	id VARCHAR(36) NOT NULL, 
	position INTEGER NOT NULL, 
	name TEXT NOT NULL, 
	kind TEXT NOT NULL, 
	label TEXT NOT NULL, 
	unit TEXT NOT NULL, 
	group_name TEXT NOT NULL, 
	description TEXT NOT NULL, 
	source TEXT NOT NULL, 
	equation TEXT NOT NULL, 
	initial TEXT NOT NULL, 
	value FLOAT, 
	min FLOAT, 
	max FLOAT, 
	path TEXT, 
	distribution_type TEXT, 
	distribution_params TEXT, 
	CONSTRAINT pk_variables PRIMARY KEY (study_id, id), 
	CONSTRAINT ck_variables_kind CHECK (kind IN ('assumption', 'auxiliary', 'stock')), 
	CONSTRAINT fk_variables_study_id_studies FOREIGN KEY(study_id) REFERENCES studies (id) ON DELETE CASCADE
);
CREATE TABLE workshop_log (
	workshop_id VARCHAR(36) NOT NULL, 
	seq INTEGER NOT NULL, 
	at DATETIME NOT NULL, 
	kind TEXT NOT NULL, 
	text TEXT NOT NULL, 
	state TEXT NOT NULL, 
	proposal_id VARCHAR(36), 
	CONSTRAINT pk_workshop_log PRIMARY KEY (workshop_id, seq), 
	CONSTRAINT fk_workshop_log_workshop_id_workshops FOREIGN KEY(workshop_id) REFERENCES workshops (id) ON DELETE CASCADE
);
CREATE TABLE workshops (
	id VARCHAR(36) NOT NULL, 
	study_id VARCHAR(36) NOT NULL, 
	scenario_id VARCHAR(36) NOT NULL, 
	levers TEXT NOT NULL, 
	indicators TEXT NOT NULL, 
	baseline TEXT NOT NULL, 
	started_at DATETIME NOT NULL, 
	CONSTRAINT pk_workshops PRIMARY KEY (id)
);
CREATE INDEX ix_workshops_study_id ON workshops (study_id);
INSERT INTO alembic_version (version_num) VALUES ('0006');
