// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { forwardLinksToWordPress } from "../../../src/embed/forwardLinks";

function setUp() {
  document.body.innerHTML = `
    <a id="own" href="/s/a/?lang=en" target="_blank"><span>Open the full map</span></a>
    <a id="source" href="https://wire.example.com/story" target="_blank">Wire</a>`;
  const posted: unknown[] = [];
  const parent = { postMessage: (message: unknown) => posted.push(message) } as unknown as Window;
  const stop = forwardLinksToWordPress({ parent, secret: "abc123XYZ0" });
  const click = (selector: string) => {
    const event = new MouseEvent("click", { bubbles: true, cancelable: true, button: 0 });
    document.querySelector(selector)!.dispatchEvent(event);
    return event.defaultPrevented;
  };
  return { posted, stop, click };
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("forwardLinksToWordPress", () => {
  it("asks WordPress to open a link to the embed's own host, clicked anywhere inside it, instead of opening it", () => {
    const { posted, click, stop } = setUp();
    expect(click("#own span")).toBe(true);
    expect(posted).toEqual([{ message: "link", value: new URL("/s/a/?lang=en", window.location.href).href, secret: "abc123XYZ0" }]);
    stop();
  });

  it("leaves a link to another host to the browser, since WordPress refuses to open it", () => {
    const { posted, click, stop } = setUp();
    expect(click("#source")).toBe(false);
    expect(posted).toEqual([]);
    stop();
  });

  it("returns a teardown after which clicks are the browser's again", () => {
    const { posted, click, stop } = setUp();
    stop();
    expect(click("#own")).toBe(false);
    expect(posted).toEqual([]);
  });
});
