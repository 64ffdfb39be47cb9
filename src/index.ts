/** privnote's library API: the CLI is a thin shell over these. */
export { build, type BuildOptions, type BuildResult, type CheckOptions, type Result } from './build.js';
export { check } from './check.js';
export { compileDocument, compileFile, type Compiled, type CompileOptions, type Source } from './compile.js';
export type { Diagnostic, ItemStatus, Severity } from './diagnostics.js';
export { UsageError } from './errors.js';
export { BrowserNotFoundError } from './render/pdf/browser.js';
export { FORMATS, renderers, type Format } from './render/renderers.js';
export { rules } from './rules/index.js';
