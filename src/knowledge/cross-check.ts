import { careerIdOf } from "./files.js";
import { choices, didYouMean, type Finding } from "./messages.js";
import { item, list, text, texts, unknownSource } from "./raw.js";

/** A finding in a named file of the folder. */
export type FileFinding = Finding & { file: string };

/**
 * Each file's data as read, before or without validation: the checks below read it defensively, so a file
 * with a format mistake in one field still has its ids and citations checked in the same round.
 */
export type CrossCheckInput = {
  /** sources.yaml's data; when it holds no list of sources (it could not be read), citations are not checked. */
  sources: unknown;
  glossary: unknown;
  careers: readonly { file: string; data: unknown }[];
};

/** Checks what a schema cannot see alone: ids that must exist, ids that must be unique, names that must not repeat. */
export function crossCheck({ sources, glossary, careers }: CrossCheckInput): FileFinding[] {
  const findings: FileFinding[] = [];
  const add = (file: string, at: readonly PropertyKey[], message: string) => findings.push({ file, at, message });

  const sourceList = list(item(sources).sources).map(item);
  const sourceIds = sourceList.flatMap((s) => (text(s.id) ? [text(s.id)!] : []));
  const sourceKinds = new Map(sourceList.map((s) => [text(s.id), text(s.kind)]));
  const careerIds = careers.map(({ file, data }) => text(item(data).id) ?? careerIdOf(file));
  const knownCareers = new Set(careerIds);
  // Sorted only for a message: a clean folder of thousands of careers never needs it.
  let sortedCareers: string[] | undefined;
  const careerChoices = () => (sortedCareers ??= [...knownCareers].sort());

  const canCite = Array.isArray(item(sources).sources);
  const namesNoSource = (id: unknown): id is string => typeof id === "string" && !sourceKinds.has(id);
  const citing = (file: string, at: readonly PropertyKey[], ids: unknown) => {
    if (!canCite) return;
    list(ids).forEach((id, i) => {
      if (namesNoSource(id)) add(file, [...at, i], unknownSource(id, sourceIds));
    });
  };
  // A large folder has tens of thousands of points and nearly every citation is known, so a point's path
  // is built only when one of its ids is not.
  const points = (file: string, at: readonly PropertyKey[], value: unknown) =>
    list(value).forEach((point, i) => {
      const ids = item(point).sources;
      if (canCite && list(ids).some(namesNoSource)) citing(file, at.concat(i, "sources"), ids);
    });

  repeats(sourceList.map((s) => text(s.id))).forEach((i) =>
    add("sources.yaml", ["sources", i, "id"], `the id \`${String(sourceList[i]!.id)}\` is used more than once; give each source its own id`),
  );
  sourceList.forEach((source, i) => {
    citing("sources.yaml", ["sources", i, "cites"], source.cites);
    points("sources.yaml", ["sources", i, "notes"], source.notes);
  });

  const terms = list(item(glossary).terms).map(item);
  repeats(terms.map((t) => text(t.id))).forEach((i) =>
    add("glossary.yaml", ["terms", i, "id"], `the id \`${String(terms[i]!.id)}\` is used more than once; give each term its own id`),
  );
  terms.forEach((term, i) => {
    const meaning = item(term.meaning).sources;
    citing("glossary.yaml", ["terms", i, "meaning", "sources"], meaning);
    texts(meaning).forEach((id, j) => {
      const kind = sourceKinds.get(id);
      if (kind && kind !== "reference") {
        add("glossary.yaml", ["terms", i, "meaning", "sources", j], `\`${id}\` is a ${kind}, but a term's general meaning must cite a reference source, not the documents`);
      }
    });
    points("glossary.yaml", ["terms", i, "inSources"], term.inSources);
  });

  const firstFile = new Map<string, string>();
  careers.forEach(({ file, data }, n) => {
    const career = item(data);
    const id = careerIds[n]!;
    const earlier = firstFile.get(id);
    if (earlier) add(file, ["id"], `the career id \`${id}\` is already used by ${earlier}; give each career its own id`);
    else firstFile.set(id, file);
    const expected = careerIdOf(file);
    if (text(career.id) && id !== expected) add(file, ["id"], `expected \`${expected}\` to match the file name (or rename the file to ${id}.yaml)`);
    repeats(list(career.aliases).map((a) => (typeof a === "string" ? a.toLowerCase() : undefined))).forEach((i) =>
      add(file, ["aliases", i], `\`${String(list(career.aliases)[i])}\` is listed more than once`),
    );
    list(career.related).forEach((other, i) => {
      if (typeof other !== "string") return;
      if (other === id) add(file, ["related", i], "a career cannot be related to itself");
      else if (!knownCareers.has(other)) add(file, ["related", i], `unknown career \`${other}\`${didYouMean(other, careerChoices())}; the careers are ${choices(careerChoices())}`);
    });
    const topics = item(career.topics);
    for (const topic of Object.keys(topics)) {
      points(file, ["topics", topic, "points"], item(topics[topic]).points);
      points(file, ["topics", topic, "why"], item(topics[topic]).why);
    }
    list(career.pay).forEach((figure, i) => citing(file, ["pay", i, "sources"], item(figure).sources));
    citing(file, ["outlook", "sources"], item(career.outlook).sources);
    const paths = item(career.paths);
    for (const background of Object.keys(paths)) points(file, ["paths", background], paths[background]);
  });
  return findings;
}


/** Indexes of values that appeared earlier in the list (missing values aside). */
function repeats(values: readonly (string | undefined)[]): number[] {
  const seen = new Set<string>();
  return values.flatMap((value, i) => (value === undefined ? [] : seen.has(value) ? [i] : (seen.add(value), [])));
}
