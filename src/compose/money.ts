import type { PayFigure } from "../knowledge/schema.js";
import { listing } from "./wording.js";

// A figure is said in the unit and currency its source gives: an hourly $29.50 is never rounded, nor turned into a year.

const formats = new Map<string, Intl.NumberFormat>();

/** "$61,360", "$29.50", "£18.20": cents only when the figure has them. */
export function amountOf(figure: Pick<PayFigure, "amount" | "currency">): string {
  const cents = !Number.isInteger(figure.amount);
  const key = `${figure.currency}:${cents}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency: figure.currency, minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: 2 });
    formats.set(key, format);
  }
  return format.format(figure.amount);
}

const PER = { year: "a year", hour: "an hour" } as const;

export function perUnit(figure: Pick<PayFigure, "unit">): string {
  return PER[figure.unit];
}

/** "$43,080 a year" */
export function payOf(figure: Pick<PayFigure, "amount" | "currency" | "unit">): string {
  return `${amountOf(figure)} ${perUnit(figure)}`;
}

/** "median $37,110 and average $40,430 a year"; figures in different units each say their own. */
export function measuresOf(figures: readonly PayFigure[]): string {
  const oneUnit = figures.every((f) => f.unit === figures[0]?.unit);
  if (oneUnit) return `${listing(figures.map((f) => `${f.measure} ${amountOf(f)}`))} ${perUnit(figures[0]!)}`;
  return listing(figures.map((f) => `${f.measure} ${payOf(f)}`));
}
