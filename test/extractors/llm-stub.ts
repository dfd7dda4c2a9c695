// Test helper: a real OpenAI-compatible chat-completions server on 127.0.0.1 (port 0), scripted per test.
// The extractor talks to it over HTTP with the real fetch; nothing is mocked.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface StubRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

/** `content` is wrapped in a chat completion (objects are JSON-encoded); `body` is sent as it is. */
export interface StubReply {
  status?: number;
  content?: string | object;
  body?: string;
  delayMs?: number;
}

export interface LlmStub {
  /** Base URL, like http://127.0.0.1:PORT/v1. */
  url: string;
  requests: StubRequest[];
  /** Decides each reply; tests replace it. */
  reply: (request: StubRequest) => StubReply;
  close(): Promise<void>;
}

export async function startLlmStub(): Promise<LlmStub> {
  const stub = { requests: [] as StubRequest[], reply: (): StubReply => ({ content: { claims: [] } }) } as unknown as LlmStub;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Left as text: a test can assert on it.
      }
      const request: StubRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body };
      stub.requests.push(request);
      const reply = stub.reply(request);
      const send = () => {
        if (res.destroyed) return;
        const payload =
          reply.body ??
          JSON.stringify({
            id: "stub",
            object: "chat.completion",
            choices: [{ index: 0, message: { role: "assistant", content: typeof reply.content === "string" ? reply.content : JSON.stringify(reply.content ?? { claims: [] }) }, finish_reason: "stop" }],
          });
        res.writeHead(reply.status ?? 200, { "content-type": "application/json" });
        res.end(payload);
      };
      if (reply.delayMs) setTimeout(send, reply.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  stub.url = `http://127.0.0.1:${port}/v1`;
  stub.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return stub;
}
