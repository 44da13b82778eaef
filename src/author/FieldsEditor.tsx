import { useId } from "react";
import { insetRegionName } from "../map/inset";
import { INSET_REGION_IDS } from "../statement/insetChoice";
import type { StatementProblem } from "../statement/types";
import type { EditableFields, FieldName } from "./editableStatement";

interface FieldsEditorProps {
  fields: EditableFields;
  /** Where the draft found each field it filled, shown beside it. */
  origins: Partial<Record<FieldName, string>>;
  /** Dates the text mentions, offered for the date. */
  datesInText: readonly { written: string; iso: string }[];
  /** The parser's problems, by the field they are about. */
  problems: ReadonlyMap<FieldName, StatementProblem[]>;
  onField: (field: FieldName, value: string) => void;
}

/** The inset's choices: the map's own, none, or a region (#22). */
const INSET_CHOICES: readonly { value: string; label: string }[] = [
  { value: "", label: "The map chooses from the parties" },
  { value: "none", label: "None" },
  ...INSET_REGION_IDS.map((region) => ({ value: region, label: insetRegionName(region, "en") })),
];

/** The inputs, in the file's order, and the file field each one fills. */
const INPUTS: readonly { field: FieldName; label: string; type: "text" | "date" | "url" | "number" | "select"; hint?: string }[] = [
  { field: "title", label: "Title", type: "text" },
  { field: "date", label: "Date", type: "date" },
  { field: "sourceName", label: "Source", type: "text", hint: "the publisher or agency" },
  { field: "sourceUrl", label: "Source URL", type: "url", hint: "optional" },
  { field: "id", label: "ID", type: "text", hint: "lower-case letters, digits and hyphens; the file's name. Follows the title until you change it" },
  { field: "statedCount", label: "Countries the text states", type: "number", hint: "optional; checked against the list" },
  { field: "inset", label: "Region drawn large", type: "select", hint: "where many parties are too small to see on a phone's map" },
];

/** Title, date, source, URL, ID and stated count: filled from the text, each open to change, each with the parser's word on it. */
export function FieldsEditor({ fields, origins, datesInText, problems, onField }: FieldsEditorProps) {
  const id = useId();
  return (
    <section className="author-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Details</h2>
      <div className="author-fields">
        {INPUTS.map(({ field, label, type, hint }) => {
          const said = problems.get(field) ?? [];
          const inputId = `${id}-${field}`;
          const origin = origins[field];
          const note = [origin && fields[field] !== "" ? `from ${origin}` : "", hint ?? ""].filter(Boolean).join("; ");
          const described = [note ? `${inputId}-hint` : "", said.length > 0 ? `${inputId}-problem` : ""].filter(Boolean).join(" ");
          return (
            <div className="author-field" key={field}>
              <label htmlFor={inputId}>{label}</label>
              {type === "select" ? (
                <select
                  id={inputId}
                  value={fields[field]}
                  aria-invalid={said.some((problem) => problem.severity === "error") || undefined}
                  aria-describedby={described || undefined}
                  onChange={(event) => onField(field, event.target.value)}
                >
                  {INSET_CHOICES.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={inputId}
                  type={type}
                  value={fields[field]}
                  min={type === "number" ? 0 : undefined}
                  aria-invalid={said.some((problem) => problem.severity === "error") || undefined}
                  aria-describedby={described || undefined}
                  onChange={(event) => onField(field, event.target.value)}
                />
              )}
              {note && (
                <span id={`${inputId}-hint`} className="author-hint">
                  {note}
                </span>
              )}
              {field === "date" && datesInText.length > 0 && (
                <span className="author-dates">
                  In the text:{" "}
                  {datesInText.map((date) => (
                    <button key={date.iso} type="button" aria-pressed={fields.date === date.iso} onClick={() => onField("date", date.iso)}>
                      {date.written}
                    </button>
                  ))}
                </span>
              )}
              {said.length > 0 && (
                <span id={`${inputId}-problem`} className={`author-problem author-${said[0]?.severity}`}>
                  {said.map((problem) => problem.message).join(" ")}
                </span>
              )}
            </div>
          );
        })}
      </div>
    </section>
  );
}
