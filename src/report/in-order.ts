import { byFile, sortDiagnostics, type Diagnostic } from '../diagnostics.js';

/**
 * Hands a batch's findings on in report order (by file, as `sortDiagnostics` orders them) as soon as every file before
 * them is done, so they are neither held until the end nor printed out of order. `others` are the findings known up
 * front (inputs that do not exist, output-name conflicts, config files); each document's come with `done`, which every
 * document gets once, with or without findings.
 */
export class InOrder {
  private readonly order: string[];
  private next = 0;
  private readonly waiting = new Map<string, Diagnostic[]>();
  private others: Diagnostic[];

  constructor(
    documents: readonly string[],
    others: readonly Diagnostic[],
    private readonly emit: (diagnostics: Diagnostic[]) => void,
  ) {
    this.order = [...documents].sort(byFile);
    this.others = sortDiagnostics([...others]);
  }

  done(file: string, diagnostics: Diagnostic[]): void {
    this.waiting.set(file, diagnostics);
    for (let current = this.order[this.next]; current !== undefined && this.waiting.has(current); current = this.order[this.next]) {
      this.next++;
      const found = this.waiting.get(current)!;
      this.waiting.delete(current);
      // The findings of other files up to this one, the ones of this file among them.
      const upTo = this.others.findIndex((d) => byFile(d.file, current) > 0);
      const before = upTo === -1 ? this.others : this.others.slice(0, upTo);
      this.others = upTo === -1 ? [] : this.others.slice(upTo);
      const chunk = sortDiagnostics([...before, ...found]);
      if (chunk.length > 0) this.emit(chunk);
    }
  }

  /** The findings still held (`rest`: those that came up at the end, such as a cache that could not be saved). */
  end(rest: readonly Diagnostic[]): void {
    const left = sortDiagnostics([...this.others, ...[...this.waiting.values()].flat(), ...rest]);
    this.others = [];
    this.waiting.clear();
    if (left.length > 0) this.emit(left);
  }
}
