// An actor read straight from the words at a token, whether or not a mention covers it: a dictionary issue may span
// the whole phrase ("the confrontation between Russia and the West"), and a demonym in a compound is no mention ("Saudi-backed").
import type { Knowledge } from "../knowledge/compile.ts";
import type { SentenceView, Slot } from "./sentence-view.ts";

/** The actor a demonym or dictionary alias starting at token `at` names. */
export function actorNamedAt(view: SentenceView, text: string, at: number, k: Knowledge): Slot | undefined {
  const match = k.demonyms.match(view.tokens, text, at) ?? k.aliases.match(view.tokens, text, at);
  const entity = match ? k.entities.get(match.values[0]!) : undefined;
  if (!match || entity?.label !== "Actor") return undefined;
  return { entity: entity.id, label: entity.label, kind: entity.kind, from: at, to: at + match.length, viaPronoun: false };
}

/** The first actor named by a demonym or an alias in tokens [from, to): "EU sanctions", "the US sanctions against Russia". */
export function actorNamedWithin(view: SentenceView, text: string, from: number, to: number, k: Knowledge): Slot | undefined {
  for (let at = from; at < to; at++) {
    const actor = actorNamedAt(view, text, at, k);
    if (actor) return actor;
  }
  return undefined;
}
