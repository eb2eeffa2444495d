// Apart from the schema so the engine can list the topics without loading the validator.
export const TOPICS = [
  "overview",
  "duties",
  "education",
  "certifications",
  "pay",
  "outlook",
  "workplaces",
  "paths",
  "related",
] as const;
