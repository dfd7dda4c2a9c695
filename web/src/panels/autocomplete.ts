// An autocomplete over node names and aliases (GET /api/search): a combobox with a listbox, arrow keys and Enter,
// Escape to close. Used by the top search and by the question forms; hits are rendered as text only.
import type { SearchHit } from "../../../src/model/api.ts";
import type { NodeLabel } from "../../../src/model/vocabulary.ts";
import { api } from "../api/client.ts";
import { KIND_COLORS, KIND_LABELS } from "../model/palette.ts";
import { el, uniqueId } from "../ui/dom.ts";

export interface AutocompleteOptions {
  label: string;
  placeholder: string;
  /** Only hits with this label (Actor or Issue). */
  only?: NodeLabel;
  id?: string;
  onPick(hit: SearchHit): void;
  /** Show the label visibly (forms) or only to assistive technology (top bar). */
  visibleLabel?: boolean;
}

export interface Autocomplete {
  element: HTMLElement;
  input: HTMLInputElement;
  /** The picked hit's id, or the typed text when nothing was picked (the server resolves loose names). */
  value(): string;
  setValue(text: string, id?: string | null): void;
  close(): boolean;
}

const DEBOUNCE_MS = 120;

export function createAutocomplete(options: AutocompleteOptions): Autocomplete {
  const inputId = options.id ?? uniqueId("ac");
  const listId = `${inputId}-list`;
  const input = el("input", {
    class: "ac-input",
    attrs: {
      id: inputId,
      type: "search",
      role: "combobox",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: options.placeholder,
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
    },
  });
  const list = el("ul", { class: "ac-list", attrs: { id: listId, role: "listbox", "aria-label": `${options.label} suggestions` } });
  list.hidden = true;
  const label = el("label", { class: options.visibleLabel ? "field-label" : "sr-only", attrs: { for: inputId }, text: options.label });
  const element = el("div", { class: "ac" }, label, input, list);

  let hits: SearchHit[] = [];
  let active = -1;
  let picked: { text: string; id: string } | null = null;
  let timer = 0;
  let abort: AbortController | null = null;
  let lastQuery = "";

  const open = () => {
    list.hidden = hits.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
  };
  const close = () => {
    const wasOpen = !list.hidden;
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
    return wasOpen;
  };

  const setActive = (index: number) => {
    active = hits.length ? (index + hits.length) % hits.length : -1;
    [...list.children].forEach((item, i) => item.setAttribute("aria-selected", String(i === active)));
    const current = list.children[active] as HTMLElement | undefined;
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const pick = (hit: SearchHit) => {
    picked = { text: hit.name, id: hit.id };
    input.value = hit.name;
    close();
    options.onPick(hit);
  };

  /** The alias the query matched, when it was not the name. */
  const matchedAlias = (hit: SearchHit, query: string) => {
    const q = query.trim().toLowerCase();
    if (!q || hit.name.toLowerCase().includes(q)) return null;
    return hit.aliases.find((alias) => alias.toLowerCase().includes(q)) ?? null;
  };

  const render = (query: string) => {
    list.replaceChildren(
      ...hits.map((hit, i) => {
        const alias = matchedAlias(hit, query);
        return el(
          "li",
          {
            class: "ac-option",
            attrs: { id: `${listId}-${i}`, role: "option", "aria-selected": "false" },
            on: {
              mousedown: (event) => event.preventDefault(),
              click: () => pick(hit),
              mousemove: () => {
                if (active !== i) setActive(i);
              },
            },
          },
          el("span", { class: "dot", attrs: { "aria-hidden": "true", style: `background:${KIND_COLORS[hit.kind]}` } }),
          el("span", { class: "ac-name", text: hit.name }),
          alias ? el("span", { class: "ac-alias", text: `“${alias}”` }) : null,
          el("span", { class: "ac-kind", text: KIND_LABELS[hit.kind] }),
        );
      }),
    );
    open();
    setActive(hits.length ? 0 : -1);
  };

  const search = (query: string) => {
    abort?.abort();
    if (!query.trim()) {
      hits = [];
      close();
      return;
    }
    const controller = new AbortController();
    abort = controller;
    api
      .search(query.trim(), 8, options.only ?? null, controller.signal)
      .then((result) => {
        if (controller.signal.aborted || input.value !== query) return;
        hits = options.only ? result.filter((hit) => hit.label === options.only) : result;
        lastQuery = query;
        // Suggestions that arrive after the field lost focus (a form was submitted) stay closed.
        if (document.activeElement === input) render(query);
      })
      .catch(() => {
        // A failed suggestion request leaves the field usable; the submitted text is resolved by the server.
      });
  };

  input.addEventListener("input", () => {
    picked = null;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => search(input.value), DEBOUNCE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (list.hidden && hits.length && input.value === lastQuery) open();
      setActive(active + (event.key === "ArrowDown" ? 1 : -1));
    } else if (event.key === "Enter") {
      const hit = hits[active];
      if (!list.hidden && hit) {
        event.preventDefault();
        pick(hit);
      }
    } else if (event.key === "Escape") {
      if (close()) {
        event.preventDefault();
        event.stopPropagation();
      }
    } else if (event.key === "Tab") close();
  });
  input.addEventListener("blur", () => window.setTimeout(close, 100));

  return {
    element,
    input,
    value: () => (picked && picked.text === input.value ? picked.id : input.value.trim()),
    setValue(text, id = null) {
      input.value = text;
      picked = id ? { text, id } : null;
    },
    close,
  };
}
