// Synthetic career names read like real job titles ("pediatric imaging technician") and are built from three
// word lists, so tens of thousands stay distinct. Words the vocabulary gives a meaning of its own ("data" asks
// for sources, "clinical" is a background) are left out, so a generated name is read as a career name.

type Word = { word: string; alternatives?: string[] };

const SPECIALTIES: readonly Word[] = [
  { word: "cardiology" }, { word: "oncology" }, { word: "radiology" }, { word: "pathology" },
  { word: "neurology" }, { word: "pediatric", alternatives: ["paediatric"] }, { word: "orthopedic", alternatives: ["orthopaedic"] },
  { word: "dermatology" }, { word: "ophthalmology" }, { word: "nephrology" }, { word: "urology" },
  { word: "gastroenterology", alternatives: ["gi"] }, { word: "pulmonology" }, { word: "endocrinology" },
  { word: "rheumatology" }, { word: "hematology" }, { word: "obstetrics" }, { word: "geriatric" },
  { word: "psychiatric" }, { word: "anesthesia" }, { word: "emergency", alternatives: ["er"] }, { word: "surgical" },
  { word: "perioperative" }, { word: "ambulatory" }, { word: "inpatient" }, { word: "outpatient" },
  { word: "laboratory", alternatives: ["lab"] }, { word: "dental" }, { word: "behavioral" }, { word: "rehabilitation", alternatives: ["rehab"] },
  { word: "transplant" }, { word: "trauma" }, { word: "neonatal" }, { word: "hospice" }, { word: "telemetry" },
  { word: "maternity" }, { word: "immunology" }, { word: "genomics" }, { word: "audiology" }, { word: "podiatry" },
];

const DOMAINS: readonly Word[] = [
  { word: "informatics" }, { word: "systems" }, { word: "records" }, { word: "imaging" },
  { word: "interoperability", alternatives: ["interop"] }, { word: "integration" }, { word: "analytics" },
  { word: "coding" }, { word: "billing" }, { word: "reporting" }, { word: "registry" }, { word: "privacy" },
  { word: "telehealth", alternatives: ["telemedicine"] }, { word: "documentation" }, { word: "quality" },
  { word: "scheduling" }, { word: "interface" }, { word: "workflow" }, { word: "applications", alternatives: ["apps"] },
  { word: "devices" }, { word: "dictation" }, { word: "archiving" }, { word: "terminology" }, { word: "claims" },
  { word: "revenue" }, { word: "portal" }, { word: "outcomes" },
];

const ROLES: readonly Word[] = [
  { word: "analyst" }, { word: "coordinator" }, { word: "specialist" }, { word: "technician", alternatives: ["tech"] },
  { word: "administrator", alternatives: ["admin"] }, { word: "engineer" }, { word: "architect" }, { word: "manager" },
  { word: "consultant" }, { word: "auditor" }, { word: "trainer" }, { word: "developer", alternatives: ["dev"] },
  { word: "liaison" }, { word: "steward" }, { word: "supervisor" }, { word: "abstractor" }, { word: "educator" },
  { word: "technologist" }, { word: "programmer" }, { word: "officer" },
];

/** Leads a name once every plain combination is used, so very large knowledge bases stay distinct. */
const QUALIFIERS: readonly string[] = ["regional", "community", "academic", "rural", "virtual"];

const COMBINATIONS = SPECIALTIES.length * DOMAINS.length * ROLES.length;
export const MAX_GENERATED = COMBINATIONS * (QUALIFIERS.length + 1);

// Walking the combinations with a stride coprime to their count spreads the first thousand over every list,
// rather than giving them all the same specialty.
const STRIDE = 7919;

export type GeneratedName = { name: string; plural: string; aliases: string[] };

/** The index-th synthetic career name; distinct for every index below MAX_GENERATED. */
export function generatedName(index: number): GeneratedName {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_GENERATED) {
    throw new RangeError(`can generate at most ${MAX_GENERATED} distinct careers`);
  }
  const spread = ((index % COMBINATIONS) * STRIDE) % COMBINATIONS;
  const qualifier = QUALIFIERS[Math.floor(index / COMBINATIONS) - 1];
  const slots = [
    SPECIALTIES[spread % SPECIALTIES.length]!,
    DOMAINS[Math.floor(spread / SPECIALTIES.length) % DOMAINS.length]!,
    ROLES[Math.floor(spread / (SPECIALTIES.length * DOMAINS.length))]!,
  ];
  const title = (words: string[]) => [qualifier, ...words].filter(Boolean).join(" ");
  const plain = slots.map((slot) => slot.word);
  const variants = slots.flatMap((slot, i) =>
    (slot.alternatives ?? []).map((alternative) => title(plain.map((word, j) => (j === i ? alternative : word)))),
  );
  const name = title(plain);
  return { name, plural: `${name}s`, aliases: [name, ...variants] };
}
