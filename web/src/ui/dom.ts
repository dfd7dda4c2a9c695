// DOM building for the explorer: elements from tag, properties and children, text only ever as text nodes.
// Names, aliases, evidence and article text are untrusted; nothing here parses HTML, so none of it can run.

export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  /** Attributes set with setAttribute; event-handler attributes (on*) are refused. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  data?: Record<string, string>;
  on?: Partial<{ [K in keyof HTMLElementEventMap]: (event: HTMLElementEventMap[K]) => void }>;
  text?: string;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (/^on/i.test(name)) throw new Error(`dom: refusing event-handler attribute "${name}"`);
    if (value === null || value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [name, value] of Object.entries(props.data ?? {})) node.dataset[name] = value;
  for (const [type, listener] of Object.entries(props.on ?? {})) node.addEventListener(type, listener as EventListener);
  if (props.text !== undefined) node.textContent = props.text;
  append(node, ...children);
  return node;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" || typeof child === "number" ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const node = document.getElementById(id);
  if (!node) throw new Error(`dom: #${id} is missing from index.html`);
  return node as T;
}

/** A button with an accessible name; `label` is its visible text unless `icon` replaces it. */
export function button(label: string, onClick: (event: MouseEvent) => void, options: { class?: string; title?: string; icon?: string; attrs?: Props["attrs"] } = {}): HTMLButtonElement {
  return el(
    "button",
    {
      class: options.class ?? "btn",
      attrs: { type: "button", title: options.title ?? (options.icon ? label : undefined), "aria-label": options.icon ? label : undefined, ...options.attrs },
      on: { click: onClick },
    },
    options.icon ? el("span", { attrs: { "aria-hidden": "true" }, text: options.icon }) : label,
  );
}

let uid = 0;
/** A document-unique id for label/control pairs. */
export function uniqueId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}
