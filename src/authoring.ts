// The public surface for tools that read a knowledge folder in full: checking it, its JSON Schemas and
// evaluation sets. Apart from index.ts because it loads the validator, which answering does not need.
export { loadKnowledge } from "./knowledge/load.js";
export { knowledgeJsonSchemas, schemaText, SCHEMA_DIR } from "./knowledge/json-schema.js";
export { loadEvaluationSet, loadKnownFailures, runEvaluation, type EvaluationReport, type TurnResult } from "./evaluation/run.js";
export type { EvaluationSet, KnownFailure } from "./evaluation/schema.js";
