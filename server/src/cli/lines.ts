// Turns the core's UTF-16 offsets into 1-based lines and columns for the CLI's reports.
// Lines end at LF, CRLF or a lone CR, as in LSP, VS Code and SARIF. Columns count UTF-16 code
// units (what JavaScript, LSP and SARIF's default `utf16CodeUnits` column kind count), so an
// emoji outside the Basic Multilingual Plane takes two columns.

/** A 1-based line and column. */
export interface LineCol {
  line: number;
  column: number;
}

/** The line starts of one text, for repeated offset look-ups in O(log lines). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** The 1-based line and column of a UTF-16 offset (clamped to the text). */
  at(offset: number): LineCol {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo] + 1 };
  }
}
