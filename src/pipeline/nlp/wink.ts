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
    const previous = sentences[sentences.length - 1];
    // "Russian-U.S. relations": wink reads "u" "." "s." and ends a sentence inside the initialism.
    if (previous && splitsInitialism(previous.tokens, sentenceTokens)) {
      previous.tokens.push(...sentenceTokens);
      previous.end = previous.tokens[previous.tokens.length - 1]!.end;
      return;
    }
    const head = sentenceTokens[0];
    const tail = sentenceTokens[sentenceTokens.length - 1];
    if (head && tail) sentences.push({ start: head.start, end: tail.end, tokens: sentenceTokens });
  });
  for (const sentence of sentences) sentence.tokens = joinInitialisms(sentence.tokens);
  return sentences;
}

const LETTER = /^\p{L}$/u;
const LETTER_DOT = /^\p{L}\.$/u;

/** "u" "." "s." written without spaces: one initialism wink cut in three. */
function initialism(letter: Token | undefined, dot: Token | undefined, next: Token | undefined): boolean {
  return !!letter && !!dot && !!next && LETTER.test(letter.normal) && dot.normal === "." && LETTER_DOT.test(next.normal) && letter.end === dot.start && dot.end === next.start;
}

function splitsInitialism(before: Token[], after: Token[]): boolean {
  const [letter, dot] = before.slice(-2);
  return initialism(letter, dot, after[0]);
}

/** Joins "u" "." "s." written without spaces back into the one token "u.s.", as the dictionaries spell it. */
function joinInitialisms(tokens: Token[]): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [letter, dot, next] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
    if (dot && next && initialism(letter, dot, next)) {
      const normal = `${letter.normal}.${next.normal}`;
      joined.push({ start: letter.start, end: next.end, normal, lemma: normal, pos: "PROPN" });
      i += 2;
    } else {
      joined.push(letter);
    }
  }
  return joined;
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
