import { describe, expect, it } from "vitest";
import { converse, shippedAdvisor } from "../helpers.js";

describe("saying what the sources do not say", () => {
  it("names a certification or employer the sources do not mention before the nearby facts", () => {
    const [cert] = converse(shippedAdvisor(), "is a Cerner certification worth it for health IT?");
    expect(cert!.text).toMatch(/^My sources don't mention Cerner\. What they do say:\n/);
    expect(cert!.text).toContain("CISSP");
    const [employer] = converse(shippedAdvisor(), "does the Mayo Clinic hire health information technicians?");
    expect(employer!.text).toMatch(/^My sources don't mention Mayo Clinic\./);
  });

  it("admits the length of a move the sources do not give, but answers the length of a schooling they do", () => {
    const [, move] = converse(shippedAdvisor(), "I'm a nurse, how do I get into health IT?", "how long does that take?");
    expect(move!.text).toMatch(/^My sources don't cover that for healthcare IT professionals\. What they do say:/);
    const [, degree] = converse(shippedAdvisor(), "what do healthcare IT professionals do?", "how long is the degree?");
    expect(degree!.text).not.toMatch(/don't cover/);
    expect(degree!.text).toContain("4 years");
  });

  it("says the sources set no pay against other jobs when asked whether a figure is a lot, and keeps it short", () => {
    const [, lot] = converse(shippedAdvisor(), "what do health information techs earn", "is that a lot?");
    expect(lot!.text).toMatch(/^My sources don't mention how these figures compare with other jobs' pay\./);
    expect(lot!.text).toContain("$37,110");
    expect(lot!.text).not.toContain("$52,940");
    expect(lot!.suggestions.length).toBeGreaterThan(0);
  });

  it("opens with a plain no when a question rests on a claim the sources contradict", () => {
    for (const question of ["given that you need a PhD for health information technician jobs, how long does that take?", "health information technicians must be certified by law right?", "since health IT jobs are shrinking, should I avoid it?"]) {
      const [reply] = converse(shippedAdvisor(), question);
      expect(reply!.text, question).toMatch(/^No\b/);
    }
  });

  it("checks a figure stated as fact against the sources' figures", () => {
    const [wrong] = converse(shippedAdvisor(), "health information technicians make 200k on average, right?");
    expect(wrong!.text).toMatch(/^No — the median for health information technicians was \$37,110 a year; \$40,430 is the average\./);
    const [close] = converse(shippedAdvisor(), "health information technicians make about $40k on average, right?");
    expect(close!.text).not.toMatch(/^No\b/);
  });
});

describe("short follow-ups", () => {
  it("pick an offered career by a word of its name", () => {
    const [, reply] = converse(shippedAdvisor(), "what certs are worth getting?", "fine, the tech one then");
    expect(reply!.kind).toBe("answer");
    expect(reply!.text).toContain("employers prefer");
  });

  it("inherit the topic and career and change only the place", () => {
    const [, reply] = converse(shippedAdvisor(), "how much do health info techs make in texas?", "ok, across the whole US then?");
    expect(reply!.text).toContain("$37,110");
    expect(reply!.text).not.toMatch(/don't cover/);
  });
});

describe("phrases", () => {
  it("match across filler words and however a negation is spelt", () => {
    for (const question of ["I never really finished any degree, can I get into health IT?", "I do not have a degree, how do I get into health IT?", "I don't have a degree, how do I get into health IT?"]) {
      const [reply] = converse(shippedAdvisor(), question);
      expect(reply!.text, question).toMatch(/no degree/);
    }
    const [outlook] = converse(shippedAdvisor(), "will there really still be work for health info techs in a decade?");
    expect(outlook!.text).toContain("15%");
  });
});

describe("a follow-up that names only what changes", () => {
  it("'the other job you mentioned' is the career discussed before the last one, on the same topic", () => {
    const [, other] = converse(shippedAdvisor(), "which pays more, health info techs or healthcare IT?", "and the other job you mentioned?");
    expect(other!.kind).toBe("answer");
    expect(other!.text).toContain("$113,269");
    expect(other!.text).not.toContain("$37,110");
  });

  it("a job set against the career in the conversation is named as one the sources say nothing of", () => {
    const [, teacher] = converse(shippedAdvisor(), "health information technician pay", "does it pay more than a teacher?");
    expect(teacher!.text).toMatch(/^My sources don't mention teachers\./);
    expect(teacher!.text).toContain("$37,110");
  });
});
