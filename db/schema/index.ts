export * from "./people";
export * from "./modules";
export * from "./runtime";
export * from "./cadence";
export * from "./activity";
export * from "./projects";
export * from "./risk";
export * from "./auth";
