// Global keys: "/" focuses search, Escape closes the innermost open panel, Ctrl/Cmd+Z undoes.
// Components that own a key (the autocomplete's arrows and Escape, the reader dialog) handle it first.

export interface KeyboardTargets {
  focusSearch(): void;
  /** Closes the innermost open thing; returns false when nothing was open. */
  closeTop(): boolean;
  undo(): void;
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));

export function bindKeyboard(targets: KeyboardTargets): void {
  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented) return;
    if (event.key === "/" && !isEditable(event.target)) {
      event.preventDefault();
      targets.focusSearch();
    } else if (event.key === "Escape") {
      if (targets.closeTop()) event.preventDefault();
    } else if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === "z" && !isEditable(event.target)) {
      event.preventDefault();
      targets.undo();
    }
  });
}
