/** Loads every message catalog; import this wherever messages are rendered. */
import "./api-messages.ts";
import "./check-messages.ts";
import "./cli-messages.ts";
import "./comparison-messages.ts";
import "./cycle-messages.ts";
import "./monitoring-sheet-messages.ts";
import "./open-data-messages.ts";
import "./public-value-messages.ts";
import "./publication-messages.ts";
import "./records-api-messages.ts";
import "./risk-messages.ts";
import "./rules-messages.ts";
import "./section-records-messages.ts";
import "./staffing-messages.ts";
import "./service-messages.ts";
import "./web-dashboard-messages.ts";
import "./web-upload-messages.ts";
import "./web-messages.ts";
import "./web-monitoring-messages.ts";
import "./web-people-messages.ts";
import "./web-plan-messages.ts";
import "./web-public-messages.ts";
import "./workflow-messages.ts";

export * from "./translate.ts";
