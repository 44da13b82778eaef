import { useId, useRef, useState } from "react";
import { saveFile } from "../export/saveFile";
import { copyText } from "../page/copyText";
import { formatProblem } from "../statement/formatProblem";
import type { StatementProblem } from "../statement/types";

interface FileOutputProps {
  fileName: string;
  fileText: string;
  errors: readonly StatementProblem[];
  warnings: readonly StatementProblem[];
}

/**
 * The statement file: what `statement check` says of it now (every problem with its field and
 * value, as the command prints it), and the file to download or copy. Both stay in the browser:
 * the download is a blob: URL, the copy goes to the clipboard.
 */
export function FileOutput({ fileName, fileText, errors, warnings }: FileOutputProps) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  // What the last copy said, and of which text: an edit since makes it stale, so it is not shown.
  const [copied, setCopied] = useState({ text: "", message: "" });
  const verdict =
    errors.length === 0
      ? `${fileName} is valid: statement check passes it${warnings.length > 0 ? `, with ${warnings.length} ${warnings.length === 1 ? "warning" : "warnings"}` : ""}.`
      : `${fileName} has ${errors.length} ${errors.length === 1 ? "problem" : "problems"}: statement check refuses it until ${errors.length === 1 ? "it is" : "they are"} fixed.`;
  const copy = async () => {
    if (await copyText(fileText)) setCopied({ text: fileText, message: "Copied." });
    else {
      // No clipboard (an insecure context, a refusal): the text is selected for a copy by hand.
      const area = textRef.current;
      const details = area?.closest("details");
      if (details) details.open = true;
      area?.select();
      setCopied({ text: fileText, message: "Could not copy: the file is selected, copy it with Ctrl+C or ⌘C." });
    }
  };
  return (
    <section className="author-step author-file" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Statement file</h2>
      <p className={errors.length === 0 ? "author-verdict is-valid" : "author-verdict"} role="status">
        {verdict}
      </p>
      {errors.length + warnings.length > 0 && (
        <ul className="author-problems" aria-label="Problems in the file">
          {[...errors, ...warnings].map((problem) => {
            const line = `${problem.severity === "warning" ? "warning: " : ""}${formatProblem(problem)}`;
            return (
              <li key={line} className={`author-${problem.severity}`}>
                {line}
              </li>
            );
          })}
        </ul>
      )}
      <div className="author-file-actions">
        <button type="button" onClick={() => saveFile({ filename: fileName, blob: new Blob([fileText], { type: "application/json" }) })}>
          Download {fileName}
        </button>
        <button type="button" onClick={() => void copy()}>
          Copy the file
        </button>
        <span role="status" className="author-hint">
          {copied.text === fileText ? copied.message : ""}
        </span>
      </div>
      <details className="author-file-text">
        <summary>Show the file</summary>
        <textarea ref={textRef} readOnly value={fileText} rows={16} aria-label={`The file ${fileName}`} spellCheck={false} />
      </details>
    </section>
  );
}
