import { memo } from "react";
import type { Messages } from "../i18n/messages";
import type { Claim } from "../statement/types";

interface ClaimListProps {
  claims: Claim[];
  messages: Messages;
  lang: string;
  activeIndex: number | null;
  onChoose: (index: number) => void;
}

/** Key claims, each with who makes it; the statement's own claims apart from those the report attributes to others. */
export const ClaimList = memo(function ClaimList({ claims, messages, lang, activeIndex, onChoose }: ClaimListProps) {
  if (claims.length === 0) return null;
  const groups: { voice: Claim["voice"]; heading: string }[] = [
    { voice: "statement", heading: messages.claimsOwn },
    { voice: "reported", heading: messages.claimsReported },
  ];
  return (
    <div className="claims">
      {groups.map(({ voice, heading }) => {
        const items = claims.map((claim, index) => ({ claim, index })).filter(({ claim }) => claim.voice === voice);
        if (items.length === 0) return null;
        return (
          <div key={voice} className={`claim-group claim-group-${voice}`}>
            <h3>{heading}</h3>
            <ol>
              {items.map(({ claim, index }) => (
                <li key={index}>
                  <button type="button" className="claim" aria-pressed={activeIndex === index} onClick={() => onChoose(index)}>
                    <span className="claim-words" lang={lang}>
                      {claim.claim}
                    </span>
                    <span className="claim-by">{claim.by}</span>
                  </button>
                </li>
              ))}
            </ol>
          </div>
        );
      })}
    </div>
  );
});
