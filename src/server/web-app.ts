// Serves the built explorer (web/dist) at /: its files, and index.html for any other page path so the explorer's
// own URLs survive a reload. Without a build, a one-line plain-text note says how to make one.
import { existsSync } from "node:fs";
import path from "node:path";
import express, { Router } from "express";

export function webApp(webDist: string): Router {
  const router = Router();
  router.use(express.static(webDist, { index: "index.html", fallthrough: true }));
  router.use((req, res, next) => {
    // Page paths only: a missing /assets/x.js must be a 404, not index.html served as a script.
    if ((req.method !== "GET" && req.method !== "HEAD") || path.extname(req.path) !== "") return next();
    const index = path.join(webDist, "index.html");
    if (existsSync(index)) {
      res.sendFile(index);
      return;
    }
    res
      .status(404)
      .type("text/plain")
      .send("The explorer is not built yet: run `npm start` (or `npx vite build web`) and reload. The API is at /api.\n");
  });
  return router;
}
