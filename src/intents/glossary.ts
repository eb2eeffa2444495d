import { documentsNoun } from "../compose/identity.js";
import { answerOf } from "../compose/reply.js";
import { citedOf, type Section } from "../compose/section.js";
import { starterQuestions } from "../compose/suggestions.js";
import type { Knowledge } from "../knowledge/load.js";
import { carried, type IntentModule, type Rule } from "./intent-module.js";

/** "What does it stand for?": the acronyms named, else those the last reply used. */
export const expandAcronym: Rule = {
  name: "expand-acronym",
  decide({ u, state, referent }) {
    if (!u.cues.has("expand")) return undefined;
    // "The source's full name" asks for the source's own citation, not what an acronym stands for.
    if (referent?.kind === "source") return undefined;
    const terms = u.terms.length ? u.terms : referent?.kind === "term" ? [referent.id] : state?.terms ?? [];
    return terms.length ? { kind: "glossary", terms } : undefined;
  },
};

/** "And the last?" or "is that certification hard to get?": the term it points at, as "what is it?". */
export const pickedTerm: Rule = {
  name: "picked-term",
  decide({ u, referent, knowledge }) {
    if (referent?.kind !== "term") return undefined;
    // Naming the term's own topic ("tell me about the first certification") still asks about the term.
    const own = knowledge.glossary.find((t) => t.id === referent.id)?.topic;
    return u.topics.every((t) => t === own || t === "overview") ? { kind: "glossary", terms: [referent.id] } : undefined;
  },
};

/** An acronym on its own ("what's a CDL?") asks what it is, unless it qualifies a career or the survey. */
export const acronymAlone: Rule = {
  name: "acronym-alone",
  decide({ u, remembered }) {
    const aboutEarlierCareer = remembered.length > 0 && u.cues.has("followUp");
    const definitional = u.topics.every((t) => t === "overview" || t === "certifications" || t === "education");
    if (u.careers.length || !u.terms.length || aboutEarlierCareer || u.cues.has("survey") || !definitional) return undefined;
    return { kind: "glossary", terms: u.terms };
  },
};

export const glossary: IntentModule<"glossary"> = {
  compose: (knowledge, intent) =>
    answerOf(knowledge, glossarySection(knowledge, intent.terms), { title: "Glossary", careerIds: [], topic: "glossary", suggestions: starterQuestions(knowledge) }),
  remember: (_intent, previous) => ({ ...carried(previous, { kind: "glossary" }), ...(previous?.topic ? { topic: previous.topic } : {}) }),
};

/** What an acronym stands for (general knowledge, cited as such) and what the documents say about it. */
function glossarySection(knowledge: Knowledge, termIds: readonly string[]): Section {
  const terms = termIds.map((id) => knowledge.glossary.find((t) => t.id === id)).filter((t) => t !== undefined);
  const parts = terms.map((term) => [`${term.meaning.text.replace(/\.$/, "")} (general knowledge, not from ${documentsNoun(knowledge)}).`, ...term.inSources.map((p) => p.text)].join("\n"));
  return {
    text: parts.join("\n\n"),
    cited: terms.flatMap((term) => [citedOf(term.meaning), ...term.inSources.map(citedOf)]),
  };
}
