import { configResolver } from './config/config.js';
import { sortDiagnostics } from './diagnostics.js';
import type { CheckOptions, Result } from './build.js';
import { expandInputs } from './inputs.js';
import { refreshResources } from './resources.js';

/** Validates documents and runs the rules, without writing anything. */
export async function check(inputs: string[], options: CheckOptions = {}): Promise<Result> {
  refreshResources();
  const { compileFile } = await import('./compile.js');
  const configs = configResolver(options.config);
  const { files, diagnostics: inputProblems } = expandInputs(inputs);
  const compiled = files.map((file) => compileFile(file, { config: configs.forFile(file).config }));
  const diagnostics = sortDiagnostics([...inputProblems, ...configs.diagnostics(), ...compiled.flatMap((c) => c.diagnostics)]);
  return { files, diagnostics, completeness: compiled.map(({ file, items }) => ({ file, items })) };
}
