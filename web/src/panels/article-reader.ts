// The article reader: a modal dialog with the article's cleaned text and one sentence highlighted and scrolled into view.
// The text is untrusted: it is split into three text nodes around the offsets, the middle one wrapped in a <mark>.
import type { ArticleResponse } from "../../../src/model/api.ts";
import { api } from "../api/client.ts";
import { formatDate, plural } from "../model/format.ts";
import { button, el, replaceChildren } from "../ui/dom.ts";
import type { EvidenceTarget } from "./evidence.ts";

export interface Reader {
  open(target: EvidenceTarget | { article: string; start?: undefined; end?: undefined }): void;
  close(): boolean;
  isOpen(): boolean;
}

/** The article text as nodes: before, <mark>sentence</mark>, after — or one text node when there is no valid span. */
export function highlightedText(text: string, start: number | undefined, end: number | undefined): { nodes: Node[]; mark: HTMLElement | null } {
  if (start === undefined || end === undefined || !(start >= 0 && end > start && end <= text.length)) {
    return { nodes: [document.createTextNode(text)], mark: null };
  }
  const mark = document.createElement("mark");
  mark.className = "evidence-mark";
  mark.appendChild(document.createTextNode(text.slice(start, end)));
  return { nodes: [document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end))], mark };
}

export function createReader(dialog: HTMLDialogElement): Reader {
  let request: AbortController | null = null;
  const cache = new Map<string, Promise<ArticleResponse>>();

  const close = () => {
    if (!dialog.open) return false;
    dialog.close();
    return true;
  };

  const header = (article: ArticleResponse) =>
    el(
      "header",
      { class: "reader-head" },
      el("div", {},
        el("p", { class: "reader-kicker", text: [article.source ?? "Unknown outlet", formatDate(article.published), plural(article.claims, "claim")].join(" · ") }),
        el("h2", { attrs: { id: "reader-title" }, text: article.title ?? article.id }),
        el("p", { class: "reader-id", text: article.id }),
      ),
      button("Close", () => close(), { class: "btn icon-btn", icon: "✕", title: "Close the article (Esc)" }),
    );

  dialog.addEventListener("click", (event) => {
    // A click on the backdrop (the dialog box itself, outside its content) closes it.
    if (event.target === dialog) close();
  });
  dialog.addEventListener("close", () => request?.abort());

  return {
    open(target) {
      request?.abort();
      const controller = new AbortController();
      request = controller;
      replaceChildren(
        dialog,
        el("header", { class: "reader-head" }, el("h2", { attrs: { id: "reader-title" }, text: "Loading the article…" }), button("Close", () => close(), { class: "btn icon-btn", icon: "✕" })),
      );
      if (!dialog.open) dialog.showModal();
      let pending = cache.get(target.article);
      if (!pending) {
        pending = api.article(target.article);
        pending.catch(() => cache.delete(target.article));
        cache.set(target.article, pending);
      }
      pending.then(
        (article) => {
          if (controller.signal.aborted) return;
          const { nodes, mark } = highlightedText(article.text, target.start, target.end);
          const body = el("div", { class: "reader-text", attrs: { tabindex: "0", "aria-label": "Article text" } });
          body.append(...nodes);
          replaceChildren(dialog, header(article), body);
          if (mark) {
            mark.setAttribute("tabindex", "-1");
            mark.scrollIntoView({ block: "center" });
          }
          (dialog.querySelector(".reader-head button") as HTMLButtonElement | null)?.focus();
        },
        (error: unknown) => {
          if (controller.signal.aborted) return;
          replaceChildren(
            dialog,
            el("header", { class: "reader-head" }, el("h2", { attrs: { id: "reader-title" }, text: "The article could not be opened" }), button("Close", () => close(), { class: "btn icon-btn", icon: "✕" })),
            el("p", { class: "error", attrs: { role: "alert" }, text: error instanceof Error ? error.message : String(error) }),
          );
        },
      );
    },
    close,
    isOpen: () => dialog.open,
  };
}
