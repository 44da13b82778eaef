import { useId } from "react";
import type { StatementProblem } from "../statement/types";
import type { EditableClaim } from "./editableStatement";

type ClaimPatch = Partial<Pick<EditableClaim, "claim" | "quote" | "by" | "voice" | "dropped">>;

interface ClaimEditorProps {
  claims: readonly EditableClaim[];
  /** The parser's problems, by claim key: a quote no longer in the text, an empty field. */
  problems: ReadonlyMap<number, StatementProblem[]>;
  onClaim: (key: number, patch: ClaimPatch) => void;
}

/** The candidate claims: each kept, edited or dropped; dropped ones wait below, to be kept again. */
export function ClaimEditor({ claims, problems, onClaim }: ClaimEditorProps) {
  const id = useId();
  const kept = claims.filter((claim) => !claim.dropped);
  const dropped = claims.filter((claim) => claim.dropped);
  return (
    <section className="author-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        Claims <span className="count">{kept.length}</span>
      </h2>
      <p className="author-hint">The quote must stay word for word as it stands in the article: choosing the claim in the preview marks it in the text.</p>
      <ol className="author-claims">
        {kept.map((claim) => (
          <ClaimItem key={claim.key} claim={claim} problems={problems.get(claim.key) ?? []} onClaim={onClaim} />
        ))}
      </ol>
      {dropped.length > 0 && (
        <>
          <h3>Dropped</h3>
          <ul className="author-dropped">
            {dropped.map((claim) => (
              <li key={claim.key}>
                <span>{claim.claim}</span>{" "}
                <button type="button" onClick={() => onClaim(claim.key, { dropped: false })} aria-label={`Keep: ${claim.claim}`}>
                  Keep
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ClaimItem({ claim, problems, onClaim }: { claim: EditableClaim; problems: StatementProblem[]; onClaim: ClaimEditorProps["onClaim"] }) {
  const id = useId();
  const quoteProblems = problems.filter((problem) => problem.field.endsWith(".quote"));
  const otherProblems = problems.filter((problem) => !problem.field.endsWith(".quote"));
  return (
    <li>
      <fieldset className="author-claim" aria-label={`Claim: ${claim.claim}`}>
        <label htmlFor={`${id}-claim`}>Claim</label>
        <textarea id={`${id}-claim`} rows={2} value={claim.claim} onChange={(event) => onClaim(claim.key, { claim: event.target.value })} />
        <label htmlFor={`${id}-quote`}>Quote</label>
        <textarea
          id={`${id}-quote`}
          rows={3}
          value={claim.quote}
          aria-invalid={quoteProblems.length > 0 || undefined}
          aria-describedby={quoteProblems.length > 0 ? `${id}-quote-problem` : undefined}
          onChange={(event) => onClaim(claim.key, { quote: event.target.value })}
        />
        {quoteProblems.length > 0 && (
          <p id={`${id}-quote-problem`} className="author-problem" role="alert">
            {quoteProblems.map((problem) => problem.message).join(" ")}
          </p>
        )}
        <div className="author-claim-row">
          <label htmlFor={`${id}-by`}>By</label>
          <input id={`${id}-by`} type="text" value={claim.by} onChange={(event) => onClaim(claim.key, { by: event.target.value })} />
          <label htmlFor={`${id}-voice`}>Voice</label>
          <select id={`${id}-voice`} value={claim.voice} onChange={(event) => onClaim(claim.key, { voice: event.target.value as EditableClaim["voice"] })}>
            <option value="statement">the statement’s own words</option>
            <option value="reported">reported, from others</option>
          </select>
          <button type="button" onClick={() => onClaim(claim.key, { dropped: true })}>
            Drop
          </button>
        </div>
        {otherProblems.length > 0 && <p className="author-problem">{otherProblems.map((problem) => problem.message).join(" ")}</p>}
      </fieldset>
    </li>
  );
}
