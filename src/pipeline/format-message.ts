// A stage message the way a compiler prints one: `file:line:column severity reason [ruleId]`.
import path from "node:path";
import type { ArticleDoc, Message } from "../model/index.ts";

export function formatMessage(doc: ArticleDoc, message: Message): string {
  const where = message.span ? lineColumn(doc.text, message.span.start) : "1:1";
  const severity = message.fatal ? "error" : "warning";
  return `${path.basename(doc.path)}:${where} ${severity} ${message.reason} [${message.ruleId}]`;
}

function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return `${line}:${offset - before.lastIndexOf("\n")}`;
}
