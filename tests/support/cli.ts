import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process, as `npm run cli -- …` would, and captures what it prints. */
export async function cli(args: string[], language: 'en' | 'fr' = 'en'): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(
    args,
    { LANG: language === 'fr' ? 'fr_FR.UTF-8' : 'C.UTF-8' },
    {
      out: (text) => (stdout += text),
      err: (text) => (stderr += text),
    },
  );
  return { code, stdout, stderr };
}
