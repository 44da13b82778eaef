import { useId, useState } from "react";
import type { StatementProblem } from "../statement/types";
import type { Placement, Role } from "./editableStatement";
import type { PartyLine } from "./nameChoices";
import { PLACEMENT_WORDS } from "./placementWords";

interface PartyListProps {
  lines: readonly PartyLine[];
  /** The parser's problems, by party key (a name listed twice, a country both signatory and subject). */
  problems: ReadonlyMap<number, StatementProblem[]>;
  selectedIso: string | null;
  onSelect: (iso: string) => void;
  onPlace: (key: number, placement: Placement) => void;
  onAdd: (written: string, role: Role) => void;
}

const ROLES: readonly { role: Role; heading: string }[] = [
  { role: "signatory", heading: "Signatories" },
  { role: "subject", heading: "Subjects" },
];

/** The signatories and subjects as the file will list them: each can be found on the map, and moved or left out. */
export function PartyList({ lines, problems, selectedIso, onSelect, onPlace, onAdd }: PartyListProps) {
  const id = useId();
  return (
    <section className="author-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Who signed, and who it is about</h2>
      <p className="author-hint">Choose a country on the map or here to see it on the map; move it with its menu. Countries the map adds go at the end.</p>
      {ROLES.map(({ role, heading }) => {
        const here = lines.filter((line) => line.party.role === role);
        return (
          <div key={role} className="author-parties">
            <h3 id={`${id}-${role}`}>
              {heading} <span className="count">{here.length}</span>
            </h3>
            <ul aria-labelledby={`${id}-${role}`}>
              {here.map((line) => (
                <PartyItem
                  key={line.party.key}
                  line={line}
                  problems={problems.get(line.party.key) ?? []}
                  selected={line.iso !== null && line.iso === selectedIso}
                  onSelect={onSelect}
                  onPlace={onPlace}
                />
              ))}
            </ul>
          </div>
        );
      })}
      <AddParty onAdd={onAdd} />
    </section>
  );
}

function PartyItem({
  line,
  problems,
  selected,
  onSelect,
  onPlace,
}: { line: PartyLine; problems: StatementProblem[]; selected: boolean } & Pick<PartyListProps, "onSelect" | "onPlace">) {
  const { party, iso } = line;
  const selectId = useId();
  const isOrg = line.ok && iso === null;
  return (
    <li className={`author-party${line.ok ? "" : " is-unresolved"}`} data-party-iso={iso ?? undefined}>
      {iso ? (
        <button type="button" className="author-party-name" aria-pressed={selected} onClick={() => onSelect(iso)}>
          {party.written}
        </button>
      ) : (
        <span className="author-party-name">{party.written}</span>
      )}
      <span className="author-resolved">
        {line.ok ? `→ ${line.resolved}` : line.resolved}
        {party.asDrafted !== "" && party.asDrafted !== party.written && ` (the text has “${party.asDrafted}”)`}
      </span>
      <label className="visually-hidden" htmlFor={selectId}>
        {party.written}: in the file as
      </label>
      <select id={selectId} value={party.role} onChange={(event) => onPlace(party.key, event.target.value as Placement)}>
        {(["signatory", "subject", "neither"] as const).map((placement) => (
          <option key={placement} value={placement} disabled={placement === "subject" && isOrg}>
            {PLACEMENT_WORDS[placement]}
          </option>
        ))}
      </select>
      {/* A name to fix says so already, in the resolver's words; the parser's other word on it (listed twice, an organisation as a subject) shows here. */}
      {line.ok && problems.length > 0 && <span className="author-problem">{problems.map((problem) => problem.message).join(" ")}</span>}
    </li>
  );
}

function AddParty({ onAdd }: Pick<PartyListProps, "onAdd">) {
  const [name, setName] = useState("");
  const [role, setRole] = useState<Role>("signatory");
  const id = useId();
  return (
    <form
      className="author-add-party"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === "") return;
        onAdd(name.trim(), role);
        setName("");
      }}
    >
      <label htmlFor={`${id}-name`}>Add a name</label>
      <input id={`${id}-name`} type="text" value={name} onChange={(event) => setName(event.target.value)} />
      <label className="visually-hidden" htmlFor={`${id}-role`}>
        as
      </label>
      <select id={`${id}-role`} value={role} onChange={(event) => setRole(event.target.value as Role)}>
        <option value="signatory">{PLACEMENT_WORDS.signatory}</option>
        <option value="subject">{PLACEMENT_WORDS.subject}</option>
      </select>
      <button type="submit">Add</button>
    </form>
  );
}
