// Vite build of the explorer: web/ is the root, the bundle goes to web/dist (served by `kg serve` at /).
// In development `vite` proxies /api to the server on 127.0.0.1:3000, so the page talks to the real API either way.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    // sigma + graphology make one ~300 kB chunk; that is expected, not a warning worth printing.
    chunkSizeWarningLimit: 1000,
  },
  server: {
    proxy: { "/api": { target: "http://127.0.0.1:3000", changeOrigin: false } },
  },
  worker: { format: "es" },
});
