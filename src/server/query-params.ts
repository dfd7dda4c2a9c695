// Reads a route's query string: single values, lists (comma-separated or repeated keys), bounded numbers.
// A bad or unknown parameter is a ValidationError naming it, so a typo in the explorer shows at once.
import { ValidationError } from "../model/errors.ts";
import { RELATIONS, type Relation } from "../model/vocabulary.ts";

/** What express hands a route as req.query (the "simple" parser: a string, or an array for repeated keys). */
export type RawQuery = Record<string, unknown>;

export class QueryParams {
  constructor(
    private readonly route: string,
    private readonly query: RawQuery,
  ) {}

  /** Refuses any parameter not named here. */
  only(...names: string[]): this {
    for (const key of Object.keys(this.query)) {
      if (!names.includes(key)) {
        throw new ValidationError(`${this.route}: unknown parameter '${key}' (parameters: ${names.join(", ") || "none"})`);
      }
    }
    return this;
  }

  /** One trimmed string; null when absent or blank. */
  text(name: string): string | null {
    const value = this.query[name];
    if (value === undefined) return null;
    if (typeof value !== "string") throw new ValidationError(`${this.route}: give '${name}' once`);
    return value.trim() === "" ? null : value.trim();
  }

  required(name: string): string {
    const value = this.text(name);
    if (value === null) throw new ValidationError(`${this.route}: give '${name}'`);
    return value;
  }

  /** `a,b` or `x=a&x=b`; blanks dropped; null when nothing is left. */
  list(name: string): string[] | null {
    const value = this.query[name];
    if (value === undefined) return null;
    const raw = Array.isArray(value) ? value : [value];
    if (raw.some((item) => typeof item !== "string")) throw new ValidationError(`${this.route}: '${name}' must be text`);
    const items = (raw as string[]).flatMap((item) => item.split(",")).map((item) => item.trim()).filter((item) => item !== "");
    return items.length > 0 ? [...new Set(items)] : null;
  }

  /** Relation types, case-insensitive. */
  relations(name: string): Relation[] | null {
    const items = this.list(name);
    if (!items) return null;
    const types = items.map((item) => item.toUpperCase());
    for (const type of types) {
      if (!RELATIONS.includes(type as Relation)) {
        throw new ValidationError(`${this.route}: '${name}' takes ${RELATIONS.join(", ")} (got '${type}')`);
      }
    }
    return types as Relation[];
  }

  /** An integer of at least `min`; above `max` it is cut to `max` (a "give me everything" limit is not an error). */
  integer(name: string, bounds: { min: number; max: number; clamp?: boolean }): number | null {
    const text = this.text(name);
    if (text === null) return null;
    const value = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < bounds.min || (value > bounds.max && !bounds.clamp)) {
      throw new ValidationError(`${this.route}: '${name}' must be an integer from ${bounds.min} to ${bounds.max} (got '${text}')`);
    }
    return Math.min(value, bounds.max);
  }

  number(name: string, bounds: { min: number; max: number }): number | null {
    const text = this.text(name);
    if (text === null) return null;
    const value = Number(text);
    if (!Number.isFinite(value) || value < bounds.min || value > bounds.max) {
      throw new ValidationError(`${this.route}: '${name}' must be a number from ${bounds.min} to ${bounds.max} (got '${text}')`);
    }
    return value;
  }
}

export function queryParams(route: string, query: unknown): QueryParams {
  return new QueryParams(route, (query ?? {}) as RawQuery);
}
