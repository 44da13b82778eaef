import { useEffect } from "react";

/**
 * Keeps the page's <title> (tab, history, bookmarks) in the page's language: the build writes the
 * English one, and a page in another language says its own once it runs (issue #17).
 * @example useDocumentTitle("48 nations condemn … – Unterzeichnerkarte")
 */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
