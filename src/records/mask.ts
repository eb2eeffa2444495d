// A question is kept to learn what people ask, not who they are: contact details in it are masked, and
// platform mentions (which carry user, channel and role ids) are dropped.

export const EMAIL_MASK = "[email]";
export const PHONE_MASK = "[phone]";

/** Slack <@U123>, <#C1|general>, <!here>; Discord <@123>, <@!123>, <@&123>, <#123>. */
const MENTION = /<[@#!][^<>\s]{0,120}>/g;
/**
 * An address starts only where a run of the characters it may hold starts: tried from every character of a long
 * run without an "@", the search would read the rest of the run each time, quadratic in the question's length.
 * Every address the plain pattern finds starts there anyway, since a search takes the leftmost match.
 */
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** A run of digits with the separators phone numbers are written with, starting and ending on a digit. */
const DIGIT_RUN = /\+?\(?\d[\d\s().-]*\d\)?/g;
/** Local numbers ("555-1234") are short; years ("2014-2024") and pay ("$37,110") must survive. */
const LOCAL_NUMBER = /^\(?\d{3}\)?[\s.-]\d{4}$/;

/** Replaces e-mail addresses and phone numbers in a question with placeholders and drops mentions. */
export function maskPersonalDetails(text: string): string {
  const unmentioned = text.includes("<") ? text.replace(MENTION, " ").replace(/\s{2,}/g, " ").trim() : text;
  return unmentioned.replace(EMAIL, EMAIL_MASK).replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/\D/g, "").length;
    const phone = digits >= 9 || (run.startsWith("+") && digits >= 7) || (digits === 7 && LOCAL_NUMBER.test(run.trim()));
    return phone ? PHONE_MASK : run;
  });
}
