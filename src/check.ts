import { configResolver } from './config/config.js';
import { sortDiagnostics } from './diagnostics.js';
import { withDocsLinks } from './docs/links.js';
import type { CheckOptions, Result } from './build.js';
import { expandInputs } from './inputs.js';
import { refreshResources } from './resources.js';

/** Validates documents and runs the rules, without writing anything. */
export async function check(inputs: string[], options: CheckOptions = {}): Promise<Result> {
  refreshResources();
  const { compileFile } = await import('./compile.js');
  const configs = configResolver(options.config);
  const { files, diagnostics: inputProblems } = expandInputs(inputs);
  // Only the findings are kept: a large collection's documents and models are dropped as soon as each is checked.
  const compiled = files.map((file) => {
    const { diagnostics, items } = compileFile(file, { config: configs.forFile(file).config });
    return { file, diagnostics, items };
  });
  const sorted = sortDiagnostics([...inputProblems, ...configs.diagnostics(), ...compiled.flatMap((c) => c.diagnostics)]);
  const diagnostics = withDocsLinks(sorted, (file) => configs.forFile(file).config.docs);
  return { files, diagnostics, completeness: compiled.map(({ file, items }) => ({ file, items })) };
}
