import type { Random } from "./random.js";
import { withTypo } from "./typo.js";

/** Questions that share context, asked in order; a plain question is a conversation of one turn. */
export type Conversation = { category: string; turns: string[] };

export type NamedCareer = { name: string; plural: string; aliases: readonly string[] };

const one = (category: string, texts: string[]): Conversation[] => texts.map((text) => ({ category, turns: [text] }));

const LONG_STORY =
  "Hi there, I have been working as a registered nurse on a busy medical surgical floor for about eight years now and honestly " +
  "I am getting a bit burned out with the night shifts, so lately I have been reading about careers in healthcare IT and informatics, " +
  "because I have always been the person on my unit who helps everyone with the electronic health record system when it crashes or " +
  "when something weird happens with the medication scanning. How would someone like me get into health IT, and what would I study?";

// Every long unknown word goes to the speller, so this is the most it is asked to do for one question.
const LONG_UNKNOWN =
  "So my cousin Bartholomew keeps insisting that blockchain hyperledger microservices kubernetes orchestration consultancies " +
  "dominate everything nowadays, whereas grandmother Philippa recommends stenography, taxidermy, horticulture, glassblowing, " +
  "bookbinding, calligraphy, beekeeping, upholstery or perfumery apprenticeships; meanwhile neighbours Ignatius and Wilhelmina " +
  "reckon cryptocurrency arbitrage, dropshipping, sommelier coaching and competitive birdwatching generate phenomenal passive " +
  "revenue streams. Honestly, which of these pays better than database administration?";

const FIXED: readonly Conversation[] = [
  ...one("plain", [
    "how much do health information technicians make?",
    "What does a database administrator do?",
    "what education do I need to become a health services manager?",
    "What is the job outlook for healthcare IT?",
    "where do health information technicians work?",
    "Which certifications are in demand in healthcare IT?",
    "do hospitals pay more?",
  ]),
  ...one("typo", [
    "how much do helth infomation technicians make",
    "waht does a databse administrator do",
    "job outlok for helthcare IT",
    "what degre do i need for healthcare managment",
  ]),
  ...one("chat noise", [
    "<@U123> hey :wave: how much does a DBA make?? 🙂",
    "<@!123456789> what about healthcare it salaries 💰💰💰",
    "<#C024BE7LR|general> <!here> where do health services managers work? https://example.com/jobs",
    "yo!!! whats the pay for hit specialists lol 😂😂",
  ]),
  { category: "follow-up", turns: ["how much do health information technicians make?", "and in hospitals?", "why?", "what about the outlook?"] },
  { category: "follow-up", turns: ["I'm a nurse, how do I get into health IT?", "how long does it take?", "what would I earn?"] },
  { category: "follow-up", turns: ["I'm a nurse, how do I change careers?", "and without a degree?"] },
  { category: "follow-up", turns: ["tell me about database administrators", "how do they compare with health services managers?", "and the outlook?"] },
  ...one("comparison", [
    "compare database administrators and health services managers pay",
    "which pays more, a DBA or a health information technician?",
    "health services manager vs healthcare it professional outlook",
  ]),
  ...one("out of scope", ["how much does a pilot make?", "how do I become a lawyer?", "what's the weather like today?"]),
  ...one("gibberish", ["asdkjh qwpoeiru zxmcnv", "lorem ipsum dolor sit amet consectetur", "!!!???", "🙂🙂🙂", ""]),
  ...one("long", [LONG_STORY, LONG_UNKNOWN]),
];

// Fresh typos every round: the speller remembers its corrections, and these measure it when it has to think.
const TYPO_BASES = [
  "how much do health information technicians make",
  "what does a database administrator do",
  "what education do health services managers need",
  "what is the outlook for healthcare information technology",
];

/** One round of the question mix; careers named are drawn from `generated` when the knowledge has them. */
export function questionRound(random: Random, generated: readonly NamedCareer[]): Conversation[] {
  const round = [...FIXED, ...one("fresh typo", TYPO_BASES.map((text) => withTypo(text, random)))];
  if (!generated.length) return round;
  const career = () => random.pick(generated);
  const [a, b, c] = [career(), career(), career()];
  return [
    ...round,
    ...one("generated", [`how much does a ${random.pick(a.aliases)} make?`, `what does a ${b.name} do`, `<@U123> where do ${c.plural} work? 🏥`]),
    ...one("generated typo", [`how much do ${withTypo(a.plural, random)} earn?`, withTypo(`what is the job outlook for ${b.plural}`, random)]),
    { category: "generated", turns: [`tell me about ${c.plural}`, "how much do they earn?", "and the outlook?", "how do I become one?"] },
    ...one("generated", [`compare ${a.plural} and ${b.plural} pay`]),
  ];
}
