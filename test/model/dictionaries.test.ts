// The curated dictionaries in data/dictionaries are domain data: these tests keep them consistent
// (schema, unique ids and surface forms, valid cross-references, plausible role periods).
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DictionaryFileSchema, type Entity } from "../../src/model/entity.ts";
import states from "../../data/dictionaries/states.json" with { type: "json" };
import people from "../../data/dictionaries/people.json" with { type: "json" };
import institutions from "../../data/dictionaries/institutions.json" with { type: "json" };
import organisations from "../../data/dictionaries/organisations.json" with { type: "json" };
import groups from "../../data/dictionaries/groups.json" with { type: "json" };
import issues from "../../data/dictionaries/issues.json" with { type: "json" };
import titles from "../../data/dictionaries/titles.json" with { type: "json" };
import cues from "../../data/lexicon/cues.json" with { type: "json" };

/** Each entity file, the label and kind every entity in it must have. */
const FILES = [
  { file: "states.json", raw: states, label: "Actor", kind: "state" },
  { file: "people.json", raw: people, label: "Actor", kind: "person" },
  { file: "institutions.json", raw: institutions, label: "Actor", kind: "institution" },
  { file: "organisations.json", raw: organisations, label: "Actor", kind: "organisation" },
  { file: "groups.json", raw: groups, label: "Actor", kind: "group" },
  { file: "issues.json", raw: issues, label: "Issue", kind: "issue" },
] as const;

/**
 * Surface forms (names, aliases, demonyms) that may legitimately belong to more than one entity,
 * compared case-insensitively. Every entry needs the ids that share it and the reason.
 * Keep this short: a shared alias makes the mention ambiguous, and the resolver must use context.
 */
const ALLOWED_SHARED_SURFACE_FORMS: Record<string, { ids: string[]; reason: string }> = {};

/** Country-name issues (see data/dictionaries/README.md): the bare name is the Issue, the state is "<x>-government". */
const COUNTRY_NAME_ISSUES: Record<string, string> = {
  syria: "syrian-government",
  afghanistan: "afghan-government",
  yemen: "yemeni-government",
  libya: "libyan-government",
};

/** The format of titles.json (documented in data/dictionaries/README.md). */
const TitlesFileSchema = z
  .object({
    honorifics: z.array(z.string().min(1)),
    titles: z.array(z.string().min(1)),
    roleNouns: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
    genericRoles: z.array(z.string().min(1)),
    formerMarkers: z.array(z.string().min(1)),
    sideNouns: z.array(z.string().min(1)),
    sharedRoles: z.array(z.string().min(1)),
    collectiveNouns: z.array(z.string().min(1)),
    homeCollectives: z.array(z.string().min(1)),
    orgSuffixes: z.array(z.string().min(1)),
  })
  .strict();

const parsed = FILES.map((f) => ({ ...f, entities: DictionaryFileSchema.parse(f.raw).entities }));
const all: Entity[] = parsed.flatMap((f) => f.entities);
const byId = new Map(all.map((e) => [e.id, e]));
const stateIds = new Set(all.filter((e) => e.kind === "state").map((e) => e.id));
const titleFile = TitlesFileSchema.parse(titles);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (s: string) =>
  ISO_DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;
const norm = (s: string) => s.toLowerCase();
const surfaceForms = (e: Entity) => [e.name, ...e.aliases];

describe("dictionary files", () => {
  it.each(FILES)("$file validates against DictionaryFileSchema", ({ raw }) => {
    const result = DictionaryFileSchema.safeParse(raw);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(parsed)("$file holds only $kind entities labelled $label", ({ entities, label, kind }) => {
    expect(entities.length).toBeGreaterThan(0);
    const wrong = entities.filter((e) => e.label !== label || e.kind !== kind).map((e) => e.id);
    expect(wrong).toEqual([]);
  });

  it("titles.json validates and its role vocabulary is lower-case", () => {
    expect(TitlesFileSchema.safeParse(titles).success).toBe(true);
    for (const [role, phrases] of Object.entries(titleFile.roleNouns)) {
      expect(role).toBe(role.toLowerCase());
      for (const p of phrases) expect(p).toBe(p.toLowerCase());
    }
    const unknownShared = titleFile.sharedRoles.filter((r) => !(r in titleFile.roleNouns));
    expect(unknownShared).toEqual([]);
    for (const key of ["honorifics", "titles", "collectiveNouns", "orgSuffixes"] as const) {
      const list = titleFile[key];
      expect(new Set(list).size, `${key} has duplicates`).toBe(list.length);
    }
  });
});

describe("ids", () => {
  it("are strict kebab-case", () => {
    const bad = all.filter((e) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id)).map((e) => e.id);
    expect(bad).toEqual([]);
  });

  it("are unique across all files", () => {
    const seen = new Map<string, number>();
    for (const e of all) seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([id]) => id)).toEqual([]);
  });
});

describe("surface forms", () => {
  it("are trimmed, single-spaced and not repeated within an entity", () => {
    const bad: string[] = [];
    for (const e of all) {
      const forms = [...surfaceForms(e), ...e.demonyms];
      for (const f of forms) if (f !== f.trim() || /\s{2,}/.test(f)) bad.push(`${e.id}: "${f}"`);
      const exact = surfaceForms(e);
      if (new Set(exact).size !== exact.length) bad.push(`${e.id}: repeated alias`);
      if (new Set(e.demonyms).size !== e.demonyms.length) bad.push(`${e.id}: repeated demonym`);
    }
    expect(bad).toEqual([]);
  });

  it("no name or alias belongs to two entities (case-insensitive) unless allow-listed", () => {
    const owners = new Map<string, Set<string>>();
    for (const e of all) {
      for (const f of surfaceForms(e)) {
        const key = norm(f);
        owners.set(key, (owners.get(key) ?? new Set()).add(e.id));
      }
    }
    const clashes = [...owners]
      .filter(([form, ids]) => {
        if (ids.size < 2) return false;
        const allowed = ALLOWED_SHARED_SURFACE_FORMS[form];
        return !allowed || [...ids].some((id) => !allowed.ids.includes(id));
      })
      .map(([form, ids]) => `"${form}": ${[...ids].join(", ")}`);
    expect(clashes).toEqual([]);
  });

  it("allow-listed shared forms are still shared and give a reason", () => {
    for (const [form, { ids, reason }] of Object.entries(ALLOWED_SHARED_SURFACE_FORMS)) {
      expect(reason.length).toBeGreaterThan(0);
      for (const id of ids) {
        const e = byId.get(id);
        expect(e && [...surfaceForms(e), ...e.demonyms].some((f) => norm(f) === form), `${form} / ${id}`).toBe(true);
      }
    }
  });

  it("a demonym belongs to one entity and is not another entity's name or alias", () => {
    const aliasOwner = new Map<string, string>();
    for (const e of all) for (const f of surfaceForms(e)) aliasOwner.set(norm(f), e.id);
    const demonymOwner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of all) {
      for (const d of e.demonyms) {
        const key = norm(d);
        const prev = demonymOwner.get(key);
        if (prev && prev !== e.id && !ALLOWED_SHARED_SURFACE_FORMS[key]) clashes.push(`demonym "${d}": ${prev}, ${e.id}`);
        demonymOwner.set(key, e.id);
        const owner = aliasOwner.get(key);
        if (owner && owner !== e.id && !ALLOWED_SHARED_SURFACE_FORMS[key]) clashes.push(`demonym "${d}" of ${e.id} is an alias of ${owner}`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("demonyms sit on actors other than people", () => {
    const bad = all.filter((e) => e.demonyms.length > 0 && (e.kind === "person" || e.kind === "issue")).map((e) => e.id);
    expect(bad).toEqual([]);
    const statesWithout = all.filter((e) => e.kind === "state" && e.demonyms.length === 0).map((e) => e.id);
    expect(statesWithout).toEqual([]);
  });

  it("every home collective is a collective noun", () => {
    const collectives = new Set(titleFile.collectiveNouns);
    expect(titleFile.homeCollectives.filter((noun) => !collectives.has(noun))).toEqual([]);
  });

  it("no alias is a bare title, role noun or collective noun (those would match everywhere)", () => {
    const generic = new Set(
      [
        ...titleFile.titles,
        ...titleFile.honorifics,
        ...titleFile.collectiveNouns,
        ...Object.keys(titleFile.roleNouns),
        ...Object.values(titleFile.roleNouns).flat(),
      ].map(norm),
    );
    const bad = all.flatMap((e) => surfaceForms(e).filter((f) => generic.has(norm(f))).map((f) => `${e.id}: "${f}"`));
    expect(bad).toEqual([]);
  });
});

describe("references", () => {
  it("every entity's country is null or an existing state id", () => {
    const bad = all.filter((e) => e.country !== null && !stateIds.has(e.country)).map((e) => `${e.id} -> ${e.country}`);
    expect(bad).toEqual([]);
  });

  it("states and issues have no country; people, institutions have one", () => {
    const bad = all
      .filter((e) => ((e.kind === "state" || e.kind === "issue") && e.country !== null) || (e.kind === "person" && e.country === null))
      .map((e) => e.id);
    expect(bad).toEqual([]);
    const nationalInstitutions = all.filter((e) => e.kind === "institution" && e.country === null).map((e) => e.id);
    // Only supranational (EU) institutions have no country.
    expect(nationalInstitutions.every((id) => /^(european-|council-of-the-eu)/.test(id))).toBe(true);
  });

  it("only people have roles, and every role's country is null or an existing state id", () => {
    expect(all.filter((e) => e.kind !== "person" && e.roles.length > 0).map((e) => e.id)).toEqual([]);
    const bad = all.flatMap((e) =>
      e.roles.filter((r) => r.country !== null && !stateIds.has(r.country)).map((r) => `${e.id}: ${r.role} -> ${r.country}`),
    );
    expect(bad).toEqual([]);
  });

  it("every role name in people.json is a key of titles.json roleNouns", () => {
    const bad = all.flatMap((e) => e.roles.filter((r) => !(r.role in titleFile.roleNouns)).map((r) => `${e.id}: ${r.role}`));
    expect(bad).toEqual([]);
  });
});

describe("role periods", () => {
  const roles = all.flatMap((e) => e.roles.map((r) => ({ id: e.id, ...r })));

  it("have ISO dates with from <= to (to is null only while in office)", () => {
    const bad = roles
      .filter((r) => r.from === null || !isCalendarDate(r.from) || (r.to !== null && (!isCalendarDate(r.to) || r.to < r.from)))
      .map((r) => `${r.id}: ${r.role} ${r.from}..${r.to}`);
    expect(bad).toEqual([]);
  });

  it("do not overlap for the same single-holder role and country", () => {
    const shared = new Set(titleFile.sharedRoles);
    const slots = new Map<string, typeof roles>();
    for (const r of roles) {
      if (shared.has(r.role)) continue;
      const key = `${r.role}|${r.country ?? "-"}`;
      slots.set(key, [...(slots.get(key) ?? []), r]);
    }
    const END = "9999-12-31";
    const overlaps: string[] = [];
    for (const [key, list] of slots) {
      const sorted = [...list].sort((a, b) => (a.from ?? "").localeCompare(b.from ?? ""));
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const a = sorted[i]!;
          const b = sorted[j]!;
          // A handover on the same day (a.to === b.from) is not an overlap.
          if ((b.from ?? "") < (a.to ?? END)) overlaps.push(`${key}: ${a.id} ${a.from}..${a.to} / ${b.id} ${b.from}..${b.to}`);
        }
      }
    }
    expect(overlaps).toEqual([]);
  });
});

describe("nodes the product must find", () => {
  const get = (id: string) => {
    const e = byId.get(id);
    expect(e, id).toBeDefined();
    return e!;
  };

  it("Vladimir Putin, with his presidencies and premiership", () => {
    const putin = get("vladimir-putin");
    expect(putin).toMatchObject({ name: "Vladimir Putin", kind: "person", label: "Actor", country: "russia" });
    expect(putin.roles).toEqual(
      expect.arrayContaining([
        { role: "president", country: "russia", from: "2000-05-07", to: "2008-05-07" },
        { role: "prime minister", country: "russia", from: "2008-05-08", to: "2012-05-07" },
        { role: "president", country: "russia", from: "2012-05-07", to: null },
      ]),
    );
  });

  it("Donald Trump, with both presidencies", () => {
    const trump = get("donald-trump");
    expect(trump).toMatchObject({ name: "Donald Trump", kind: "person", country: "united-states" });
    expect(trump.aliases).toContain("Donald J. Trump");
    expect(trump.roles).toEqual(
      expect.arrayContaining([
        { role: "president", country: "united-states", from: "2017-01-20", to: "2021-01-20" },
        { role: "president", country: "united-states", from: "2025-01-20", to: null },
      ]),
    );
  });

  it("James Mattis", () => {
    const mattis = get("james-mattis");
    expect(mattis).toMatchObject({ name: "James Mattis", kind: "person", country: "united-states" });
    expect(mattis.aliases).toContain("Jim Mattis");
    expect(mattis.roles.map((r) => r.role)).toContain("defense secretary");
  });

  it("U.S. Congress", () => {
    const congress = get("us-congress");
    expect(congress).toMatchObject({ kind: "institution", label: "Actor", country: "united-states" });
    expect(congress.aliases).toEqual(expect.arrayContaining(["Congress", "U.S. Congress", "US Congress"].filter((a) => a !== congress.name)));
  });

  it("Syria, as an Issue", () => {
    const syria = get("syria");
    expect(syria).toMatchObject({ name: "Syria", label: "Issue", kind: "issue" });
    expect(syria.aliases).toEqual(expect.arrayContaining(["Syrian civil war", "Syrian war"]));
  });

  it("New START, as an Issue", () => {
    const newStart = get("new-start");
    expect(newStart).toMatchObject({ name: "New START", label: "Issue", kind: "issue" });
    expect(newStart.aliases).toEqual(expect.arrayContaining(["New START treaty", "Strategic Arms Reduction Treaty"]));
  });
});

describe("issue-versus-state policy", () => {
  it("country-name issues are Issues and their states are '<x>-government' actors", () => {
    for (const [issueId, stateId] of Object.entries(COUNTRY_NAME_ISSUES)) {
      expect(byId.get(issueId)?.label, issueId).toBe("Issue");
      expect(byId.get(stateId)?.kind, stateId).toBe("state");
    }
  });

  it("other states own their bare country name, e.g. Ukraine", () => {
    const owner = (form: string) => all.filter((e) => surfaceForms(e).some((f) => norm(f) === norm(form))).map((e) => e.id);
    expect(owner("Ukraine")).toEqual(["ukraine"]);
    expect(owner("Russia")).toEqual(["russia"]);
    expect(owner("Syria")).toEqual(["syria"]);
    expect(owner("Crimea")).toEqual(["crimea"]);
  });
});

describe("cue lexicon", () => {
  it("lists a verb either as a stance verb or as one a wish looks through, not both", () => {
    const stance = new Set(cues.verbs.map((v) => v.lemma));
    expect(cues.transparentVerbs.filter((verb) => stance.has(verb))).toEqual([]);
  });
});
