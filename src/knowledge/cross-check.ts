import type { Career, GlossaryTerm, Point, Source } from "./schema.js";
import type { KnowledgeProblem } from "./load.js";

/** Checks what a schema cannot see alone: ids that must exist, ids that must be unique, names that must not repeat. */
export function crossCheck(
  sources: readonly Source[],
  glossary: readonly GlossaryTerm[],
  careers: readonly { file: string; career: Career }[],
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const sourceKinds = new Map(sources.map((source) => [source.id, source.kind]));
  const careerIds = new Set(careers.map(({ career }) => career.id));

  const citing = (file: string, path: string, ids: readonly string[]) => {
    ids.forEach((id, i) => {
      if (!sourceKinds.has(id)) {
        problems.push({ file, path: `${path}[${i}]`, message: `unknown source "${id}"; add it to sources.yaml or use one of: ${[...sourceKinds.keys()].join(", ")}` });
      }
    });
  };
  const points = (file: string, path: string, list: readonly Point[] | undefined) =>
    list?.forEach((point, i) => citing(file, `${path}[${i}].sources`, point.sources));

  duplicates(sources.map((s) => s.id)).forEach((id) =>
    problems.push({ file: "sources.yaml", path: "sources", message: `the id "${id}" is used more than once; give each source its own id` }),
  );
  sources.forEach((source, i) => {
    citing("sources.yaml", `sources[${i}].cites`, source.cites);
    points("sources.yaml", `sources[${i}].notes`, source.notes);
  });

  duplicates(glossary.map((t) => t.id)).forEach((id) =>
    problems.push({ file: "glossary.yaml", path: "terms", message: `the id "${id}" is used more than once; give each term its own id` }),
  );
  glossary.forEach((term, i) => {
    const path = `terms[${i}]`;
    citing("glossary.yaml", `${path}.meaning.sources`, term.meaning.sources);
    for (const id of term.meaning.sources) {
      if (sourceKinds.has(id) && sourceKinds.get(id) !== "reference") {
        problems.push({ file: "glossary.yaml", path: `${path}.meaning.sources`, message: `"${id}" is a ${sourceKinds.get(id)}, but a term's general meaning must cite a reference source, not the documents` });
      }
    }
    points("glossary.yaml", `${path}.inSources`, term.inSources);
  });

  duplicates(careers.map(({ career }) => career.id)).forEach((id) =>
    problems.push({ file: "careers/", path: "id", message: `the career id "${id}" is used by more than one file` }),
  );
  for (const { file, career } of careers) {
    const expected = file.replace(/^careers\//, "").replace(/\.(ya?ml|json)$/, "");
    if (career.id !== expected) {
      problems.push({ file, path: "id", message: `expected "${expected}" to match the file name (or rename the file to ${career.id}.yaml)` });
    }
    duplicates(career.aliases.map((a) => a.toLowerCase())).forEach((alias) =>
      problems.push({ file, path: "aliases", message: `"${alias}" is listed more than once` }),
    );
    career.related.forEach((id, i) => {
      if (id === career.id) problems.push({ file, path: `related[${i}]`, message: "a career cannot be related to itself" });
      else if (!careerIds.has(id)) problems.push({ file, path: `related[${i}]`, message: `unknown career "${id}"; expected the id of a file in careers/` });
    });
    for (const [topic, notes] of Object.entries(career.topics)) {
      points(file, `topics.${topic}.points`, notes?.points);
      points(file, `topics.${topic}.why`, notes?.why);
    }
    career.pay.forEach((figure, i) => citing(file, `pay[${i}].sources`, figure.sources));
    if (career.outlook) citing(file, "outlook.sources", career.outlook.sources);
    for (const [background, list] of Object.entries(career.paths)) points(file, `paths.${background}`, list);
  }
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}
