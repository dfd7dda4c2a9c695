// "Trump’s critics", "critics of Mr. Trump", "his political opponents": a group named by its stance toward its
// owner takes that stance, wherever the article names it.
import type { Knowledge } from "../knowledge/compile.ts";
import type { Candidate } from "./rules.ts";
import type { SentenceView } from "./sentence-view.ts";

export function ownedGroupRule(view: SentenceView, _text: string, head: number, k: Knowledge): Candidate[] {
  const group = view.slotAt(head);
  if (!group?.owned || group.from !== head) return [];
  const { collective, by } = group.owned;
  const relation = k.cues.ownedGroups.stances[collective];
  if (!relation) return [];
  return [{ subject: group, relation, object: by, issue: null, confidence: k.cues.ownedGroups.confidence, rule: `relations/owned-group:${collective}`, explicit: true }];
}
