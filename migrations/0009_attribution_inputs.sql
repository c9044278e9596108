CREATE TABLE `attribution_inputs` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL
);
