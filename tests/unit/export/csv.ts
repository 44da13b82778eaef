// A reader of RFC 4180 CSV, written apart from the writer so that a round trip tests both: a
// state machine over characters, as a spreadsheet's importer reads.

/** Rows of fields; a trailing line break ends the last row rather than starting an empty one. */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') {
      if (field !== "") throw new Error(`a quote inside an unquoted field, at ${i}`);
      quoted = true;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else if (char === "\n" || char === "\r") {
      throw new Error(`a bare line break outside quotes, at ${i}`);
    } else field += char;
  }
  if (quoted) throw new Error("an unclosed quote");
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
