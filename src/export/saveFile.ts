// Hands a made file to the browser as a download: a blob: URL on an <a download>, clicked. Both are
// allowed by the page's strict CSP (no inline style, nothing fetched). A sandboxed frame cannot
// download (Chrome 83+, without allow-downloads), which is why the control is on the full page only.
import type { Download } from "./makeDownload";

/**
 * How long the blob: URL outlives the click. The browser reads it asynchronously after the click;
 * revoking it at once can cancel the download in some browsers (Firefox, older Safari), and the
 * blob is small, so it is kept a while rather than exactly as long as needed.
 */
const REVOKE_AFTER_MS = 60_000;

/**
 * Starts the download of `file` under its own name.
 * @example saveFile({ filename: "dprk-russia-missiles-2024.csv", blob }, document)
 */
export function saveFile(file: Download, doc: Document = document): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  // In the document while clicked: Firefox ignores a click on a detached link.
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
