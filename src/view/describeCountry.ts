import type { Messages } from "../i18n/messages";
import { formatDate } from "../i18n/format";
import type { Category } from "./categorise";

/** A country's standing in words: describeStatus("joined", en, "en", "2024-01-12") → "Joined on 12 January 2024". */
export function describeStatus(category: Category, messages: Messages, lang: string, joinedOn?: string): string {
  switch (category) {
    case "signatory":
      return messages.statusSignatory;
    case "joined":
      return joinedOn ? messages.statusJoined(formatDate(joinedOn, lang)) : messages.statusSignatory;
    case "subject":
      return messages.statusSubject;
    case "other":
      return messages.statusOther;
    case "both":
      return messages.statusBoth;
    case "first":
      return messages.statusFirstOnly;
    case "second":
      return messages.statusSecondOnly;
  }
}
