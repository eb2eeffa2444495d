import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { exitsWithin, startCli } from "./process.js";

// SIGTERM with requests still arriving: the built `serve` answers every request it accepted, and exits non-zero
// when it had to give up on one at its cut-off. The requests are slow for real: their clients send the body slowly.

const API_KEY = "drain-key-0123456789abcdef";
const ENV = { API_KEYS: API_KEY, API_RATE_LIMIT: "1000" };
const BODY = JSON.stringify({ text: "how much do health information technicians make?" });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type SlowRequest = { socket: Socket; finish(): void; response: Promise<string> };

/** POST /v1/ask whose headers and first half of the body go at once; `finish` sends the rest. Resolves with the whole raw response once the server closes. */
function slowAsk(port: number): Promise<SlowRequest> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let text = "";
    const response = new Promise<string>((done) => socket.on("close", () => done(text)));
    socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    socket.once("error", reject);
    socket.once("connect", () => {
      const half = Math.floor(BODY.length / 2);
      const headers = `POST /v1/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${API_KEY}\r\nContent-Type: application/json\r\nContent-Length: ${BODY.length}\r\n\r\n`;
      socket.write(headers + BODY.slice(0, half), () => resolve({ socket, finish: () => socket.write(BODY.slice(half)), response }));
    });
  });
}

describe("stopping with requests under way", { timeout: 45_000 }, () => {
  it("answers all of 120 requests whose bodies are still arriving at SIGTERM, each with Connection: close, and exits 0", async () => {
    const running = startCli(["serve"], ENV);
    const port = await running.port();
    const requests = await Promise.all(Array.from({ length: 120 }, () => slowAsk(port)));
    await sleep(1_000);
    running.child.kill("SIGTERM");
    await running.lines.waitFor((line) => line.includes("SIGTERM received"));
    // The bodies finish two seconds into the drain, well inside both the 10 s a body may take and the 8 s cut-off.
    await sleep(2_000);
    for (const request of requests) request.finish();
    const responses = await Promise.all(requests.map((request) => request.response));
    expect(responses.map((response) => response.split("\r\n", 1)[0])).toEqual(Array(120).fill("HTTP/1.1 200 OK"));
    for (const response of responses) {
      expect(response).toMatch(/^connection: close$/im);
      expect(response).toContain("$37,110");
    }
    expect(await exitsWithin(running, 12_000)).toBe(0);
  });

  it("gives up on a request whose body never comes at its cut-off, and exits non-zero saying so", async () => {
    const running = startCli(["serve"], ENV);
    const port = await running.port();
    const stuck = await slowAsk(port);
    await sleep(500);
    running.child.kill("SIGTERM");
    expect(await exitsWithin(running, 15_000)).toBe(1);
    expect(running.output()).toMatch(/gave up on 1 request still unanswered 8 s after stopping began/);
    expect(await stuck.response).toBe("");
  });
});
