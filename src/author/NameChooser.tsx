import { useId, useState } from "react";
import type { NameQuestion } from "./nameChoices";

interface NameChooserProps {
  questions: readonly NameQuestion[];
  /** How many names the draft holds, resolved or not: with none, there is nothing to say resolves. */
  nameCount: number;
  onRename: (key: number, written: string) => void;
  onLeaveOut: (key: number) => void;
}

/** Every name the resolver could not place, each with its answers: a candidate, a suggestion, another spelling, or leave it out. */
export function NameChooser({ questions, nameCount, onRename, onLeaveOut }: NameChooserProps) {
  const id = useId();
  return (
    <section className="author-step" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        Names to fix <span className="count">{questions.length}</span>
      </h2>
      {nameCount === 0 ? (
        <p className="author-hint">No names yet.</p>
      ) : questions.length === 0 ? (
        <p className="author-hint">Every name resolves to one country or organisation.</p>
      ) : (
        <ul className="author-questions">
          {questions.map((question) => (
            <NameQuestionItem key={question.party.key} question={question} onRename={onRename} onLeaveOut={onLeaveOut} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NameQuestionItem({ question, onRename, onLeaveOut }: { question: NameQuestion } & Omit<NameChooserProps, "questions" | "nameCount">) {
  const { party, problem, choices } = question;
  const [other, setOther] = useState("");
  const inputId = useId();
  return (
    <li>
      <fieldset className="author-question">
        <legend>
          “{party.written}” <span className="author-role-word">({party.role})</span>
        </legend>
        <p className="author-problem">{problem}</p>
        <div className="author-choices">
          {choices.map((choice) => (
            <button type="button" key={choice.written} onClick={() => onRename(party.key, choice.written)}>
              {choice.label}
            </button>
          ))}
          <button type="button" onClick={() => onLeaveOut(party.key)}>
            Leave it out
          </button>
        </div>
        <form
          className="author-other-name"
          onSubmit={(event) => {
            event.preventDefault();
            if (other.trim() !== "") onRename(party.key, other.trim());
          }}
        >
          <label htmlFor={inputId}>Or write it as</label>
          <input id={inputId} type="text" value={other} onChange={(event) => setOther(event.target.value)} />
          <button type="submit">Use</button>
        </form>
      </fieldset>
    </li>
  );
}
