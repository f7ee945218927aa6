// The benchmarks' command lines: flags and valued options taken out of the arguments one by one, so
// that whatever is left over is an unknown argument.
export function argReader(argv: readonly string[]) {
  const args = [...argv];
  return {
    flag(name: string): boolean {
      const at = args.indexOf(name);
      return at >= 0 ? (args.splice(at, 1), true) : false;
    },
    value(name: string): string | undefined {
      const at = args.indexOf(name);
      return at >= 0 ? args.splice(at, 2)[1] : undefined;
    },
    /** Arguments no call above took. */
    get rest(): string[] {
      return args;
    },
  };
}
