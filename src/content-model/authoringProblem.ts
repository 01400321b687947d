/**
 * One mistake in a content file, as data: where it is, what is wrong and how
 * to fix it. Printed as `content/<path>:<line>:<column>: problem; fix`, the
 * one format of every authoring error of the build.
 */
export interface AuthoringProblem {
  /** The file, relative to the project: `content/fr/cases/fugu-3331.mdx`. */
  file: string;
  line?: number | undefined;
  column?: number | undefined;
  problem: string;
  fix: string;
}

/** A problem found inside one text, before the file's name is known. */
export type LocatedProblem = Omit<AuthoringProblem, 'file'>;

export const inFile = (file: string, problems: readonly LocatedProblem[]): AuthoringProblem[] => problems.map((p) => ({ file, ...p }));

export function formatProblem(p: AuthoringProblem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${where}: ${p.problem}; ${p.fix}`;
}

/** An error that carries its problems as data, so that a reporter can list them with the others. */
export class AuthoringProblems extends Error {
  constructor(
    readonly problems: AuthoringProblem[],
    heading = 'Content refused',
  ) {
    super(`${heading}:\n  - ${problems.map(formatProblem).join('\n  - ')}`);
    this.name = 'AuthoringProblems';
  }
}

export const isAuthoringProblems = (error: unknown): error is AuthoringProblems =>
  error instanceof Error && Array.isArray((error as Partial<AuthoringProblems>).problems);
