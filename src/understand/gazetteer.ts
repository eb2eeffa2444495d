import { createRequire } from "node:module";
import { countries } from "countries-list";

/** A place a question may name: a country, or a part of one (a state, a province, a capital). */
export type Place = { name: string; country: string; part: boolean };

type Province = { name: string; country: string };

const provinces = createRequire(import.meta.url)("provinces") as Province[];

/**
 * Every place by the names people use for it. Aliases of two letters or fewer are left out: "US" and
 * "IN" are also words. Built once per process; a knowledge base's own words are matched before these.
 */
export function gazetteer(): readonly { names: string[]; place: Place }[] {
  return (cached ??= [
    ...Object.values(countries).flatMap(({ name, alias, capital }) => [
      { names: [name, ...(alias ?? []).filter((a) => a.length > 2)], place: { name, country: name, part: false } },
      ...(capital ? [{ names: [capital], place: { name: capital, country: name, part: true } }] : []),
    ]),
    ...provinces.flatMap(({ name, country }) => {
      const inCountry = countries[country as keyof typeof countries]?.name;
      return inCountry ? [{ names: [name], place: { name, country: inCountry, part: true } }] : [];
    }),
  ]);
}

let cached: { names: string[]; place: Place }[] | undefined;
