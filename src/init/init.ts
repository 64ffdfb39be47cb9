import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import Handlebars from 'handlebars';
import { CONFIG_NAME } from '../config/config.js';
import { UsageError } from '../errors.js';
import { packageRoot, privnoteVersion, schemaPath, templatesDir } from '../paths.js';
import { writeAtomic } from '../write/write.js';
import { msg } from '../messages/message.js';

export interface InitOptions {
  kind: 'statement' | 'protocol';
  org: 'public' | 'nonprofit' | 'company';
  /** The notice to create (default `privacyverklaring.yaml` or `protocol.yaml` in the working directory). */
  file?: string;
  /** Overwrite files that exist. */
  force?: boolean;
  /** The date written into the scaffold (default today). */
  today?: string;
}

/**
 * A file of privnote as the workflow `init` writes installs it: in `node_modules/privnote/` of the notice's folder (the
 * repository's root, where the workflow goes), relative to the notice, so the `$schema` comments resolve on any machine
 * once privnote is installed, never to where the privnote that ran `init` happens to be.
 */
const installed = (path: string) => ['node_modules', 'privnote', ...relative(packageRoot, path).split(sep)].join('/');

/** The file `npm pack` makes of this privnote: what the workflow installs (privnote is not in the npm registry). */
export const tarballName = `privnote-${privnoteVersion}.tgz`;

/**
 * Scaffolds a notice with every required field and a Dutch comment per part, a privnote.config.yaml beside it,
 * and a CI workflow example. Existing files are left alone unless `force`.
 */
export async function init(options: InitOptions): Promise<string[]> {
  const file = resolve(options.file ?? (options.kind === 'protocol' ? 'protocol.yaml' : 'privacyverklaring.yaml'));
  const dir = dirname(file);
  const context = {
    schema: installed(schemaPath),
    configSchema: installed(join(packageRoot, 'schemas', 'config.schema.json')),
    version: privnoteVersion,
    tarball: tarballName,
    public: options.org === 'public',
    /** The controller's `type` (docs/legal-model.md): `--org public` is a Flemish public body, as privnote's users are. */
    type: { public: 'vlaamse-overheid', nonprofit: 'vereniging', company: 'onderneming' }[options.org],
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
  const targets: [string, string][] = [
    [file, options.kind === 'protocol' ? 'protocol.yaml.hbs' : 'privacyverklaring.yaml.hbs'],
    [join(dir, CONFIG_NAME), 'privnote.config.yaml.hbs'],
    [join(dir, '.github', 'workflows', 'privnote.yml'), 'workflow.yml.hbs'],
  ];
  const written: string[] = [];
  for (const [target, template] of targets) {
    if (existsSync(target) && !options.force) {
      if (target === file) throw new UsageError(msg('cli.init-exists', { file: options.file ?? relative(process.cwd(), file) }));
      continue;
    }
    const render = Handlebars.compile(readFileSync(join(templatesDir, 'init', template), 'utf8'), { noEscape: true, strict: true });
    await writeAtomic(target, render(context));
    written.push(target);
  }
  return written;
}
