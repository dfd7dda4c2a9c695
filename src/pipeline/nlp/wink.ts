// Tokens, parts of speech, lemmas and sentence boundaries from wink-nlp, aligned to character offsets.
// wink reports token values, not positions, so each token is found again in the text from a cursor.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Span, Token } from "../../model/index.ts";

const nlp = winkNLP(model);
const its = nlp.its;

export interface TokenizedSentence extends Span {
  tokens: Token[];
}

/** Splits text[start, end) into sentences of tokens whose offsets point into the full text. */
export function tokenizeSentences(text: string, start: number, end: number): TokenizedSentence[] {
  const slice = text.slice(start, end);
  const doc = nlp.readDoc(slice);
  const values = doc.tokens().out(its.value);
  const pos = doc.tokens().out(its.pos);
  // wink's type declarations miss the lemma helper's signature; the call is documented and works.
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value);
  const tokens = alignTokens(slice, values, pos, lemmas, start);
  const sentences: TokenizedSentence[] = [];
  doc.sentences().each((sentence: { out: (helper: typeof its.span) => unknown }) => {
    const [first, last] = sentence.out(its.span) as unknown as [number, number];
    const sentenceTokens = tokens.slice(first, last + 1).filter((t) => t.end > t.start);
    const head = sentenceTokens[0];
    const tail = sentenceTokens[sentenceTokens.length - 1];
    if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: sentenceTokens });
  });
  return sentences;
}

function alignTokens(slice: string, values: string[], pos: string[], lemmas: string[], offset: number): Token[] {
  let cursor = 0;
  return values.map((value, i) => {
    const found = slice.indexOf(value, cursor);
    // A token wink normalised (rare) keeps a zero-width position at the cursor and is dropped by the caller.
    const at = found >= 0 && found - cursor <= 4 ? found : cursor;
    const length = at === found ? value.length : 0;
    cursor = at + length;
    return {
      start: offset + at,
      end: offset + at + length,
      normal: value.toLowerCase(),
      lemma: (lemmas[i] ?? value).toLowerCase(),
      pos: pos[i] ?? "X",
    };
  });
}
