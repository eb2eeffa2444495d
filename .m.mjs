import { loadKnowledge } from "./dist/src/index.js";
for (const d of process.argv.slice(2)) { const r=[]; for (let i=0;i<3;i++){ const t=performance.now(); loadKnowledge(d); r.push(performance.now()-t);} console.log(d, r.map(x=>x.toFixed(0)).join(" ")); }
