// The status line over the canvas: short messages (layout running, link copied) and errors, as text.
// Errors stay longer than notes; nothing here goes to the console.

export interface StatusLine {
  say(message: string, options?: { error?: boolean; sticky?: boolean }): void;
  clear(): void;
}

export function mountStatus(host: HTMLElement): StatusLine {
  let timer = 0;
  const clear = () => {
    host.textContent = "";
    host.hidden = true;
    host.classList.remove("error");
  };
  clear();
  return {
    say(message, options = {}) {
      window.clearTimeout(timer);
      host.textContent = message;
      host.hidden = false;
      host.classList.toggle("error", Boolean(options.error));
      host.setAttribute("role", options.error ? "alert" : "status");
      if (!options.sticky) timer = window.setTimeout(clear, options.error ? 8000 : 3500);
    },
    clear,
  };
}
