import { describeResolution } from "../countries/resolveCountry";
import { formatProblem } from "../statement/formatProblem";
import type { Draft, ParagraphIndex } from "./types";

/** "the headline" or "paragraph 2 (text[1])". */
function where(paragraph: ParagraphIndex): string {
  return paragraph < 0 ? "the headline" : `paragraph ${paragraph + 1} (text[${paragraph}])`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function list(names: string[], max = 6): string {
  const shown = names.slice(0, max).join(", ");
  return names.length > max ? `${shown}, … (${names.length} in all)` : shown;
}

/**
 * The report for the editor, as lines for standard error: what was found where, what could not
 * be resolved, what was guessed, and whether the draft validates.
 * @example formatDraftReport(draftStatement(seed))[0] // 'Draft "48-nations-…-2024": valid'
 */
export function formatDraftReport({ file, report, valid }: Draft): string[] {
  const lines: string[] = [];
  const errors = report.problems.filter((problem) => problem.severity === "error");
  const warnings = report.problems.filter((problem) => problem.severity === "warning");
  lines.push(
    `Draft "${file.id || "(no id)"}": ${valid ? "valid" : `NOT valid, ${plural(errors.length, "problem")}`}${warnings.length > 0 ? `, ${plural(warnings.length, "warning")}` : ""}`,
  );

  lines.push(
    `Signatories: ${file.signatories.length} found (${plural(report.countrySignatories, "country", "countries")}, ${plural(report.orgSignatories, "organisation")}${file.signatories.length - report.countrySignatories - report.orgSignatories > 0 ? `, ${file.signatories.length - report.countrySignatories - report.orgSignatories} unresolved` : ""})`,
  );
  for (const found of report.signerLists) {
    lines.push(
      `  ${where(found.paragraph)}: ${plural(found.names.length, "name")}${found.leadIn ? ` after "${found.leadIn}"` : ""}${found.leadOut ? `, before "${found.leadOut}"` : ""}`,
    );
    if (found.reasons.length > 0) lines.push(`    why: ${found.reasons.join("; ")}`);
  }
  for (const other of report.otherLists.slice(0, 8)) {
    lines.push(`  not taken, ${where(other.paragraph)}: ${list(other.names)} (${other.why})`);
  }

  if (report.statedCount) {
    const { count, phrase, paragraph } = report.statedCount;
    const agrees = count === report.countrySignatories;
    lines.push(
      `Stated count: ${count} ("${phrase}", ${where(paragraph)}) ${agrees ? `agrees with the ${report.countrySignatories} countries listed` : `DISAGREES with the ${report.countrySignatories} countries listed`}`,
    );
  } else {
    lines.push("Stated count: none found in the text");
  }

  if (report.unresolved.length > 0) {
    lines.push(`Names to fix (${report.unresolved.length}):`);
    for (const name of report.unresolved) {
      lines.push(`  ${name.field}[${name.index}] "${name.written}": ${describeResolution(name.resolution)}`);
    }
  }

  lines.push(`Subjects (guessed, check them): ${report.subjects.length === 0 ? "none found" : report.subjects.map((subject) => subject.written).join(", ")}`);
  for (const subject of report.subjects) lines.push(`  ${subject.written} (${subject.iso2}): ${subject.reasons.join("; ")}`);

  const statementClaims = file.claims.filter((claim) => claim.voice === "statement").length;
  lines.push(`Claims proposed: ${file.claims.length} (${statementClaims} in the statement's voice, ${file.claims.length - statementClaims} reported)`);
  for (const claim of file.claims) lines.push(`  [${claim.voice}] ${claim.by}: ${claim.claim.length > 100 ? `${claim.claim.slice(0, 97)}…` : claim.claim}`);

  for (const field of report.fields) lines.push(`From the text: ${field.field} "${field.value}" from ${field.from}`);
  for (const field of report.missing) lines.push(`Left empty: ${field.field}: ${field.advice}`);
  for (const note of report.notes) lines.push(`Check: ${note}`);

  if (report.problems.length > 0) {
    lines.push("Validation (as the build checks it):");
    for (const problem of report.problems) lines.push(`  ${problem.severity}: ${formatProblem(problem)}`);
  }
  return lines;
}
