// Types of scripts/code-server-vscode.mjs for the TypeScript tests that reuse it.
import type { ChildProcess } from 'node:child_process';
import type { BrowserContext } from 'playwright-core';

export interface CodeServer {
  url: string;
  port: number;
  home: string;
  env: NodeJS.ProcessEnv;
  child: ChildProcess;
  stop(): void;
}

export function startCodeServer(options: { folder?: string; extraArgs?: string[]; extensionsDir?: string; userDataDir?: string; log?: (s: string) => void }): Promise<CodeServer>;
export function launchBrowser(home: string): Promise<BrowserContext>;
export const NODE24: string;
export const ENTRY: string;
