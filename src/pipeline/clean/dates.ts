// Dates as articles write them ("2017-05-22", "17.07.2018", "July 17, 2018") read into ISO YYYY-MM-DD.
// A date that could be read two ways (03/04/2018) is not guessed.

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const NUMERIC = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$/;
const DAY_MONTH = /^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_DAY = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

export function parseDate(text: string): string | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) return toIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = NUMERIC.exec(value);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[3]), Number(numeric[4])];
    // Dots and dashes are day-first everywhere; a slash is day-first in Europe and month-first in the US.
    if (numeric[2] !== "/" || first > 12) return toIso(year, second, first);
    if (second > 12) return toIso(year, first, second);
    return null;
  }
  const dayMonth = DAY_MONTH.exec(value);
  if (dayMonth) return toIso(Number(dayMonth[3]), month(dayMonth[2]), Number(dayMonth[1]));
  const monthDay = MONTH_DAY.exec(value);
  if (monthDay) return toIso(Number(monthDay[3]), month(monthDay[1]), Number(monthDay[2]));
  return null;
}

/** 1-12 for a month name or its abbreviation ("Sept", "July"), 0 otherwise. */
function month(name = ""): number {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((prefix) => lower.startsWith(prefix));
  return index === -1 ? 0 : index + 1;
}

/** The ISO date, or null when the parts do not make a real calendar day (31 June, month 0). */
function toIso(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
