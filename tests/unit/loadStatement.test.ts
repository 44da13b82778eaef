import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { en } from "../../src/i18n/messages";
import { describeLoadFailure, loadStatement, LOAD_TIMEOUT_MS, type LoadState } from "../../src/loadStatement";

const fixtureText = readFileSync(new URL("../fixtures/statements/mini-statement.json", import.meta.url), "utf8");

/** A fetch that answers every request with `body` and `init`. */
const answering = (body: BodyInit | null, init: ResponseInit = {}): typeof fetch => vi.fn(async () => new Response(body, init));

/** A fetch that never answers, until the request is aborted (as a browser's does). */
const hanging: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("The operation was aborted.", "AbortError"))));

const failure = (state: LoadState) => {
  if (state.status !== "failed") throw new Error(`expected a failure, got ${state.status}`);
  return state;
};

// The resolver's tables are large: import them once, outside any one test's time.
beforeAll(async () => {
  await import("../../src/countries/resolveCountry");
}, 60_000);

afterEach(() => {
  vi.useRealTimers();
  vi.doUnmock("../../src/countries/resolveCountry");
  vi.resetModules();
});

describe("loadStatement", () => {
  it("reads, validates and resolves a statement file", async () => {
    const state = await loadStatement("mini-statement", { fetchImpl: answering(fixtureText, { headers: { "content-type": "application/json" } }) });
    expect(state.status).toBe("ready");
  });

  it("calls a 404, and the host's HTML page in the file's place, not found", async () => {
    for (const fetchImpl of [answering("nope", { status: 404 }), answering("<!doctype html>", { headers: { "content-type": "text/html" } })]) {
      const state = failure(await loadStatement("gone", { fetchImpl }));
      expect(state.reason).toBe("not-found");
      expect(describeLoadFailure(state, en)).toEqual([en.statementNotFound("gone")]);
    }
  });

  it("says the server answered with an error, and which", async () => {
    const state = failure(await loadStatement("x", { fetchImpl: answering("oops", { status: 500 }) }));
    expect(state).toMatchObject({ reason: "unreadable", httpStatus: 500 });
    expect(describeLoadFailure(state, en)).toEqual([en.statementLoadFailed("x", "unreadable"), "The server answered with an error (HTTP 500)."]);
  });

  it("says the connection failed when there is no answer, or the answer breaks off", async () => {
    const refused: typeof fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    const brokenBody = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id": "x", "ti'));
        controller.error(new TypeError("network error"));
      },
    });
    for (const fetchImpl of [refused, answering(brokenBody, { headers: { "content-type": "application/json" } })]) {
      const state = failure(await loadStatement("x", { fetchImpl }));
      expect(state).toMatchObject({ reason: "unreadable", httpStatus: null });
      expect(describeLoadFailure(state, en)[1]).toBe(en.loadNetworkError);
    }
  });

  it("calls a file cut short invalid, with the parser's words for it", async () => {
    const state = failure(await loadStatement("mini-statement", { fetchImpl: answering(fixtureText.slice(0, fixtureText.length / 2)) }));
    expect(state.reason).toBe("invalid");
    expect(state.details.join("\n")).toMatch(/JSON/);
  });

  it("gives up after LOAD_TIMEOUT_MS and says so", async () => {
    vi.useFakeTimers();
    const pending = loadStatement("slow", { fetchImpl: hanging });
    await vi.advanceTimersByTimeAsync(LOAD_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const state = failure(await pending);
    expect(state.reason).toBe("timeout");
    expect(describeLoadFailure(state, en)).toEqual([`The statement "slow" did not arrive within ${LOAD_TIMEOUT_MS / 1000} seconds.`]);
  });

  it("stops when its caller aborts, and that is not a timeout", async () => {
    const controller = new AbortController();
    const pending = loadStatement("x", { fetchImpl: hanging, signal: controller.signal });
    controller.abort();
    expect(failure(await pending).reason).toBe("unreadable");
  });

  it("never rejects, and every failure has words, whatever the server answers", async () => {
    const answer = fc.oneof(
      fc.record({
        kind: fc.constant("response" as const),
        status: fc.integer({ min: 200, max: 599 }),
        body: fc.string({ maxLength: 200 }),
        type: fc.constantFrom("application/json", "text/html", "text/plain", ""),
      }),
      fc.record({ kind: fc.constant("throw" as const), error: fc.anything() }),
    );
    await fc.assert(
      fc.asyncProperty(answer, async (answer) => {
        const fetchImpl: typeof fetch = async () => {
          if (answer.kind === "throw") throw answer.error;
          // Statuses a Response cannot carry (1xx, 204's body...) are what a fetch never gives.
          const status = [204, 205, 304].includes(answer.status) ? 200 : answer.status;
          return new Response(answer.body, { status, headers: answer.type ? { "content-type": answer.type } : {} });
        };
        const state = await loadStatement("some-id", { fetchImpl });
        if (state.status === "failed") {
          const sentences = describeLoadFailure(state, en);
          expect(sentences.length).toBeGreaterThan(0);
          for (const sentence of sentences) expect(sentence).toMatch(/\w/);
        }
      }),
      { numRuns: 60 },
    );
  });

  it("says so when the code that reads statement files cannot be loaded", async () => {
    vi.doMock("../../src/countries/resolveCountry", () => {
      throw new Error("Failed to fetch dynamically imported module");
    });
    const { loadStatement: load } = await import("../../src/loadStatement");
    const state = failure(await load("mini-statement", { fetchImpl: answering(fixtureText) }));
    expect(state.reason).toBe("code");
    expect(describeLoadFailure(state, en)).toEqual([en.loadCodeFailed("mini-statement")]);
  });
});
