// The CLI's name for itself in `--version` and in SARIF logs: the version from package.json
// (esbuild inlines just that field) and the address of Byline's documentation.
import { version } from '../../../package.json';

/** Byline's version, as package.json gives it. */
export const BYLINE_VERSION: string = version;

/** Where to read about Byline and its rules. A placeholder until the project has a public home. */
export const BYLINE_HOME = 'https://byline.invalid/';
