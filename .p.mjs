import { loadKnowledge } from "./dist/src/index.js";
const t=performance.now(); loadKnowledge(process.argv[2]); console.log((performance.now()-t).toFixed(0));
