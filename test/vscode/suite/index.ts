// The extension-host entry that VS Code loads from `--extensionTestsPath`: runs the mocha suite
// bundled beside it and fails the run when any test fails.
import * as path from 'node:path';
import Mocha from 'mocha';

/** Called by VS Code once the extension host is up. */
export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension-host tests failed`)) : resolve()));
  });
}
