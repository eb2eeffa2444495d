const [oldM, newM] = await Promise.all([import("/tmp/w8/old/dist/src/index.js"), import("/work/wt-8/dist/src/index.js")]);
const res = {};
for (const [dir, rounds] of [["/work/wt-8/knowledge", 5], ["/tmp/w8/k1000", 3], ["/tmp/w8/k10000", 2]]) {
  for (let i = 0; i < rounds; i++) for (const [name, m] of [["old", oldM], ["new", newM]]) {
    const d = name === "old" && dir.endsWith("knowledge") ? "/tmp/w8/old/knowledge" : dir;
    const t = performance.now(); m.loadKnowledge(d); (res[`${dir} ${name}`] ??= []).push(performance.now() - t);
  }
}
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
for (const [k, v] of Object.entries(res)) console.log(k, Math.round(med(v)), v.map(Math.round).join(" "));
