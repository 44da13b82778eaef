/**
 * Puts `text` on the clipboard with the Clipboard API; resolves true when it did, false where the
 * API is missing (an insecure context, an old browser) or refused, so the caller can select the
 * text for the reader to copy by hand instead. copyText("https://…") → Promise<true>.
 */
export async function copyText(text: string, clipboard: Pick<Clipboard, "writeText"> | undefined = globalThis.navigator?.clipboard): Promise<boolean> {
  if (!clipboard || typeof clipboard.writeText !== "function") return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
