// GET /api/nodes/:id (a node and every edge touching it, with evidence) and GET /api/edges/:id (one edge by its
// URL-encoded key, with evidence). Unknown ids answer 404.
import { Router } from "express";
import type { EdgeResponse, NodeResponse } from "../../model/api.ts";
import { NotFoundError } from "../../model/errors.ts";
import type { ApiContext } from "../context.ts";
import { readEdges, readNodes } from "../graph-read.ts";
import { queryParams } from "../query-params.ts";

export function nodeRoutes({ store, config }: ApiContext): Router {
  const router = Router();
  const options = { timeoutMs: config.limits.queryTimeoutMs };

  router.get("/nodes/:id", async (req, res) => {
    queryParams("nodes", req.query).only();
    const id = req.params.id;
    const [node] = await readNodes(store, [id], options);
    if (!node) throw new NotFoundError(`no node with id '${id}'`);
    const { edges, names } = await readEdges(store, { node: id }, options);
    names[node.id] = node.name;
    const body: NodeResponse = {
      node,
      outgoing: edges.filter((edge) => edge.source === id),
      incoming: edges.filter((edge) => edge.target === id),
      names,
    };
    res.json(body);
  });

  router.get("/edges/:id", async (req, res) => {
    queryParams("edges", req.query).only();
    const key = req.params.id;
    const { edges, names } = await readEdges(store, { keys: [key] }, options);
    const edge = edges[0];
    if (!edge) throw new NotFoundError(`no edge with key '${key}' (keys look like source>TYPE>target@issue)`);
    const body: EdgeResponse = { ...edge, names };
    res.json(body);
  });
  return router;
}
